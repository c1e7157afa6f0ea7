/**
 * rotate's own side outputs, told by their headers: the trade-off table of `rotate sweep -o` and
 * the comparison of `rotate diff --csv`. Written into the county folder, the next `county/*.csv`
 * picks them up; they are named as what they are, with what to do, not as files of no known kind.
 * (The plan folder's own tables are read by their headers as inputs are: assignments.csv as locks.)
 */

/** A table rotate wrote and does not read: its headers (either language), and its name in both. */
interface OwnOutput {
  /** Header cells every such file has, in one language or the other. */
  headers: readonly (readonly string[])[];
  zh: string;
  en: string;
}

const OWN_OUTPUTS: readonly OwnOutput[] = [
  // 目标值 objective: the last column's name before it was 各项合计 terms_total.
  { headers: [['状态', '交流人数', '缺员', '各项合计'], ['status', 'moves', 'shortage', 'terms_total'], ['状态', '交流人数', '缺员', '目标值'], ['status', 'moves', 'shortage', 'objective']], zh: 'rotate sweep 写出的权衡表', en: 'a trade-off table written by rotate sweep' },
  { headers: [['类别', '代码', '名称', '项目', '方案A', '方案B', '变化'], ['section', 'id', 'name', 'item', 'plan_a', 'plan_b', 'change']], zh: 'rotate diff --csv 写出的方案比较表', en: 'a plan comparison written by rotate diff --csv' },
  // Last year's roster given with next year's files: its teachers belong in the teachers file, as teachers on exchange.
  {
    headers: [['工号', '交流轮岗类型', '开始年月', '结束年月', '原单位', '交流单位'], ['teacher_id', 'exchange_type', 'start_month', 'end_month', 'from_unit', 'to_unit']],
    zh: 'rotate roster 写出的交流人员花名册（正在交流的教师在教师表中写: 学校代码 填交流单位代码, 交流原学校代码 填原单位代码, 交流结束年月 填结束年月, 任教学段 填交流任教学段）',
    en: 'an exchange roster written by rotate roster (teachers on exchange go in the teachers file: school_id the to_unit_id, exchange_home_school the from_unit_id, exchange_end the end_month, teaching_stage the to_teaching_stage)',
  },
];

/** What to say of a header row that is one of rotate's side outputs; null for any other. */
export function ownOutputIssue(header: readonly string[]): { zh: string; en: string } | null {
  const cells = new Set(header.map((h) => h.trim()));
  const own = OWN_OUTPUTS.find((o) => o.headers.some((hs) => hs.every((h) => cells.has(h))));
  if (!own) return null;
  return {
    zh: `这是 ${own.zh}, 不是输入文件: 请把它移出县文件夹, 或不列入输入`,
    en: `this is ${own.en}, not an input: move it out of the county folder, or leave it off the command line`,
  };
}
