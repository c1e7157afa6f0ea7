/**
 * A 任教学科 cell naming several subjects (a rural teacher who takes 语文 and 道德与法治) is read as
 * the first the curriculum names, with one warning per file; it was a subject of its own
 * that no post names, so the teacher could go nowhere and filled no post.
 */
import { describe, expect, it } from 'vitest';
import { firstOfSeveral } from '../../src/domain/subjects.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { load, SCHOOLS } from './load-county-helpers.js';

describe('several subjects in one 任教学科 cell', () => {
  it('gives the first the curriculum names, and nothing for one subject', () => {
    expect(['语文、道德与法治', '音乐/美术', '数学，科学', '语文 数学', '小学语文;小学道德与法治', 'Music, Art', '语文兼道德与法治', '数学（兼科学）'].map(firstOfSeveral)).toEqual(['语文', '音乐', '数学', '语文', '小学语文', 'Music', '语文', '数学']);
    // A first that no post names gives way to the first the curriculum does.
    expect(['书法、美术', '校本课程/信息科技', '书法、篆刻'].map(firstOfSeveral)).toEqual(['美术', '信息科技', undefined]);
    // One subject however written is left as written.
    expect(['语文', '音 乐', 'Physical Education', '体育与健康', '道德与法治', ''].map(firstOfSeveral)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('reads the teacher under the first subject, keeps the cell as written, and warns once per file', async () => {
    const teachers = `teacher_id,name,school_id,subject,years_at_school\nT1,王芳,001,"语文、道德与法治",8\nT2,李强,002,音乐/美术,7\nT3,张敏,002,数学,3\n`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((t) => [t.id, t.subject, t.subjectLabel])).toEqual([
      ['T1', '语文', '语文、道德与法治'],
      ['T2', '音乐', '音乐/美术'],
      ['T3', '数学', '数学'],
    ]);
    expect(formatIssues(r.value.warnings ?? []).map((l) => l.split(' / ')[0])).toContain('teachers.csv: 2 名教师的任教学科一格中写了不止一项（如第2行「语文、道德与法治」）, 按其中第一个课程学科读作其任教学科（此例为语文）: 交流、岗位和优质均衡指标都按它计');
  });
});
