/**
 * The objections of the 公示 and what the re-plan did with them (only in a plan made with an
 * objections file): per objection the decision and the objector's destination before → after,
 * then every other change with the upheld objections it traces to. The same rows as objections.csv.
 */
import { plural } from '../domain/plural.js';
import type { School } from '../domain/types.js';
import type { ObjectionLine, ObjectionReport } from '../plan/objection-report.js';
import { actionText } from '../plan/objection-report.js';
import { esc } from './html.js';
import { note, section } from './section.js';

const CHANGE = { kept: '不变 unchanged', added: '新增交流 added', removed: '取消交流 removed', changed: '改派 changed' } as const;

function place(id: string | undefined, names: ReadonlyMap<string, string>): string {
  if (id === undefined) return '留任 <span class="en">stays</span>';
  return `${esc(names.get(id) ?? id)}<div class="muted">${esc(id)}</div>`;
}

function row(l: ObjectionLine, names: ReadonlyMap<string, string>): string {
  const decision = l.kind === 'knock_on' ? '连带调整 <span class="en">knock-on</span>' : l.decision === 'upheld' ? '同意 <span class="en">upheld</span>' : '驳回 <span class="en">rejected</span>';
  const action = l.kind === 'objection' && l.decision === 'upheld' && l.action !== undefined ? `<div class="tag">${esc(actionText(l.action, l.action_school_id).zh)}</div>` : '';
  const said = l.objection ? `<div class="muted">${esc(l.objection)}</div>` : '';
  return `<tr data-teacher="${esc(l.teacher_id)}" data-kind="${l.kind}"><td>${esc(l.name)}<div class="muted">${esc(l.teacher_id)}</div>${said}</td><td>${decision}${action}</td><td class="school">${place(l.before_to, names)}</td><td class="school">${place(l.after_to, names)}</td><td>${esc(CHANGE[l.change])}</td><td class="reason">${esc(l.cause.zh)}<div class="en">${esc(l.cause.en)}</div></td></tr>`;
}

/** The section, or '' for a plan made without an objections file. */
export function objectionsSection(report: ObjectionReport | null | undefined, schools: readonly School[]): string {
  if (!report) return '';
  const names = new Map(schools.map((s) => [s.id, s.name]));
  const against = report.reference === 'baseline' ? '与基准方案相比 against the baseline' : report.reference === 'unlocked' ? '与不加锁定的方案相比 against the plan without the locks' : '无比较对象 nothing to compare with';
  const head = note(
    `异议 ${report.upheld + report.rejected} 条: 同意 ${report.upheld}, 驳回 ${report.rejected}; 其他教师去向变化 ${report.knock_on} 人, 其中由同意的异议引起 ${report.traced} 人（${against}）。`,
    `${report.upheld} upheld, ${report.rejected} rejected; ${report.knock_on} other ${plural(report.knock_on, "teacher's destination", "teachers' destinations")} changed, ${report.traced} of them traced to upheld ${plural(report.traced, 'objection')}.`,
  );
  const table = `<div class="scroll"><table class="data objections"><thead><tr><th>教师 <span class="en">teacher</span></th><th>处理结果 <span class="en">decision</span></th><th>调整前 <span class="en">before</span></th><th>调整后 <span class="en">after</span></th><th>变化 <span class="en">change</span></th><th>原因 <span class="en">cause</span></th></tr></thead><tbody>${report.lines.map((l) => row(l, names)).join('')}</tbody></table></div>`;
  return section('objections', '异议处理', 'objections', head + table);
}
