/**
 * A principal or vice principal who teaches no class, as a roster of the whole staff keeps one
 * (filed as 行政人员, 任教学科 blank or 无), is read: leaders hold leadership posts, not subject
 * posts. A teacher's subject is still required.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unpostedSubjectWarnings } from '../../src/domain/unposted-subjects.js';
import { formatIssues } from '../../src/schema/format-issue.js';
import { readExplain } from '../../src/plan-folder/explain-file.js';
import { teacherExplainText } from '../../src/text/explain-text.js';
import { policy } from '../helpers/make-county.js';
import { planInProcess } from '../helpers/plan-run.js';
import { load, SCHOOLS } from './load-county-helpers.js';

const POSTS = `school_id,subject,posts\n001,数学,3\n002,语文,3\n003,数学,2\n`;

describe('a principal or vice principal with no subject', () => {
  it('is read, blank or 无, with no subject key; no post is asked for it', async () => {
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,岗位类别,教职工类别
T1,王芳,001,数学,8,教师,专任教师
T2,李强,001,,7,校长,行政人员
T3,张敏,002,无,3,副校长,行政人员
T4,赵六,002,不任课,9,副校长,
`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers, 'posts.csv': POSTS });
    if (!r.ok) throw new Error(formatIssues(r.issues).join('\n'));
    expect(r.value.teachers.map((t) => [t.id, t.role, t.subject, t.subjectLabel])).toEqual([
      ['T1', 'teacher', '数学', '数学'],
      ['T2', 'principal', '', ''],
      ['T3', 'vice_principal', '', '无'],
      ['T4', 'vice_principal', '', '不任课'],
    ]);
    expect(unpostedSubjectWarnings(r.value, policy())).toEqual([]);
  });

  it('a teacher with a blank subject, or 无, is an error at the cell', async () => {
    const teachers = `工号,姓名,学校代码,任教学科,本校任教年限,岗位类别\nT1,王芳,001,,8,教师\nT2,李强,001,无,7,\n`;
    const r = await load({ 'schools.csv': SCHOOLS, 'teachers.csv': teachers });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatIssues(r.issues)).toEqual([
      'teachers.csv 第2行「任教学科」: 应填写任教学科, 实为空白（只有不任课的校长、副校长可以不填） / row 2 subject: expected the subject taught, found an empty cell (only a principal or vice principal who teaches no class may leave it empty)',
      'teachers.csv 第3行「任教学科」: 「无」不是学科: 教师应填写所教学科（只有不任课的校长、副校长可以这样填） / row 3 subject: subject is "无": a teacher\'s subject is needed (only a principal or vice principal who teaches no class may write that)',
    ]);
  });

  it("the sample with its leaders' subjects cleared (but those an indicator counts) plans the same moves, and explains a leader without empty brackets", async () => {
    const data = join(import.meta.dirname, '../../data');
    const dir = mkdtempSync(join(tmpdir(), 'rotate-leaders-no-subject-'));
    const lines = readFileSync(join(data, '教师.csv'), 'utf8').split('\r\n');
    const head = (lines[0] ?? '').split(',');
    const subject = head.indexOf('任教学科');
    const role = head.indexOf('岗位类别');
    const backbone = head.indexOf('骨干等级');
    let cleared = 0;
    const out = lines.map((l, i) => {
      const c = l.split(',');
      // A leader who teaches 体育, 音乐 or 美术 counts in the 优质均衡 PE-and-arts indicator, and a backbone leader who teaches in the backbone one;
      // one who teaches no class counts in none (count-sections.ts), so clearing either's subject would change the figures the plan weighs.
      if (i === 0 || l === '' || !['校长', '副校长'].includes(c[role] ?? '') || ['体育', '音乐', '美术'].includes(c[subject] ?? '') || !['', '无'].includes(c[backbone] ?? '')) return l;
      cleared++;
      c[subject] = cleared % 2 === 0 ? '无' : '';
      return c.join(',');
    });
    expect(cleared).toBeGreaterThan(10);
    writeFileSync(join(dir, '教师.csv'), out.join('\r\n'));
    for (const f of ['学校.csv', '岗位.csv']) writeFileSync(join(dir, f), readFileSync(join(data, f)));
    const run = async (from: string, folder: string) => {
      const r = await planInProcess(['学校.csv', '教师.csv', '岗位.csv'].map((f) => join(from, f)), join(dir, folder));
      if (r.kind !== 'written') throw new Error(r.kind);
      return r.report.plan.moves.map((m) => [m.teacher.id, m.to.id, m.reason.zh]);
    };
    const moves = await run(dir, 'cleared');
    expect(moves.length).toBeGreaterThan(0);
    expect(moves).toEqual(await run(data, 'sample'));
    const explain = readExplain(readFileSync(join(dir, 'cleared', 'explain.json'), 'utf8'), 'explain.json');
    if (!explain.ok) throw new Error(JSON.stringify(explain.issues));
    const blank = out.find((l, i) => i > 0 && l.split(',')[subject] === '' && ['校长', '副校长'].includes(l.split(',')[role] ?? ''));
    const x = explain.value.teachers.find((t) => t.id === blank?.split(',')[0]);
    expect(x).toBeDefined();
    const text = x ? teacherExplainText(x, { zh: '说明', en: 'about' }) : [];
    expect(text[0]).toMatch(/^教师 \S+ \S+（(非骨干|\p{Script=Han}+骨干)）: /u);
    expect(text.find((l) => l.startsWith('Teacher '))).toMatch(/^Teacher \S+ \S+ \((not backbone|\w+ backbone)\): /u);
  });
});
