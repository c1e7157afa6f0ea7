/**
 * A teacher may object twice (on two matters), and each objection is decided as written. But a
 * clerk who changes a decision may type the new one below the old: both would then apply (a 同意
 * 留任 above a 驳回 keeps the teacher, whatever the later row says). Every later objection of a
 * teacher is named in a note with the earlier row and its decision.
 */
import type { InputIssue, Objection } from '../domain/types.js';
import { showEn, showZh } from './show-value.js';

const DECISION = { upheld: { zh: '同意', en: 'upheld' }, rejected: { zh: '驳回', en: 'rejected' } } as const;

/** One note per objection whose teacher has an earlier one in the same file or another. */
export function repeatedObjections(objections: readonly Objection[], label: (file: string, key: string) => string): InputIssue[] {
  const first = new Map<string, Objection>();
  const out: InputIssue[] = [];
  for (const o of objections) {
    const was = first.get(o.teacherId);
    if (!was) {
      first.set(o.teacherId, o);
      continue;
    }
    const at = was.source.file === o.source.file ? { zh: `第${was.source.row}行`, en: `row ${was.source.row}` } : { zh: `${was.source.file} 第${was.source.row}行`, en: `row ${was.source.row} of ${was.source.file}` };
    const [a, b] = [DECISION[was.decision], DECISION[o.decision]];
    out.push({
      file: o.source.file,
      row: o.source.row,
      column: label(o.source.file, 'teacher_id'),
      zh: `注意: 工号${showZh(o.teacherId)}在${at.zh}已有一条异议（${a.zh}）, 本行（${b.zh}）另作一条处理, 两条都照各自的处理结果执行; 若本行是改判, 请删除${at.zh}`,
      en: `note: teacher ${showEn(o.teacherId)} has an objection on ${at.en} already (${a.en}); this row (${b.en}) is decided as another one, each as decided; if this row changes that decision, delete ${at.en}`,
    });
  }
  return out;
}
