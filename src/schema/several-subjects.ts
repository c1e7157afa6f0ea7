/**
 * Teachers whose 任教学科 names several subjects (`语文、道德与法治`, as rural schools' rosters write
 * a teacher who takes two; `信息技术（计算机）`, a note after it) are read under the first the curriculum names (toTeacher,
 * firstOfSeveral): one warning per file says how many and shows one, so that a county sees which
 * subject each was counted in.
 */
import { countEn, plural } from '../domain/plural.js';
import { firstOfSeveral } from '../domain/subjects.js';
import type { InputIssue, Teacher } from '../domain/types.js';
import { showEn, showZh } from './show-value.js';

/** One warning per teachers file with teachers read under the first of several subjects. */
export function severalSubjectsWarnings(teachers: readonly Teacher[]): InputIssue[] {
  const byFile = new Map<string, { n: number; first: Teacher; subject: string }>();
  for (const t of teachers) {
    const first = firstOfSeveral(t.subjectLabel);
    if (first === undefined) continue;
    const seen = byFile.get(t.source.file);
    if (seen) seen.n++;
    else byFile.set(t.source.file, { n: 1, first: t, subject: t.subject });
  }
  return [...byFile].map(([file, { n, first, subject }]) => ({
    file,
    zh: `${n} 名教师的任教学科一格中写了不止一项（如第${first.source.row}行${showZh(first.subjectLabel)}）, 按其中第一个课程学科读作其任教学科（此例为${subject}）: 交流、岗位和优质均衡指标都按它计`,
    en: `${countEn(n, "teacher's subject cell holds", "teachers' subject cells hold")} more than one item (as row ${first.source.row}: ${showEn(first.subjectLabel)}) and ${plural(n, 'was', 'were')} read as teaching the first curriculum subject among them (here ${subject}): moves, posts and the 优质均衡 indicators count ${plural(n, 'the teacher', 'them')} in it`,
  }));
}
