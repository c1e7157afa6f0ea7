/**
 * The parameters of the bureau's rulebook about who takes part (issue 10): the plan's cut-off
 * date, the 2024 retirement law's choices, staff status, exchanges in progress and the
 * optional age ceiling. Listed in the one policy table ({@link PARAMETERS}) like every other.
 */
import type { ParamSpec } from './param-spec.js';

export const ELIGIBILITY_PARAMETERS = [
  { name: 'plan.cutoff', type: 'date', default: '', zh: '截止日期（本校任教年限、年龄、距退休年限、交流期满都计算到此日；默认为计划年份的8月31日）', en: 'cut-off date: years at the school, ages, years to retirement and ends of exchanges count to it (default: 31 August of the plan year)', source: 'end of the school year' },
  { name: 'eligibility.assumed_birth_month', type: 'integer', default: '1', min: 1, max: 12, zh: '只有出生年份时假定的出生月份（1月: 取该年最早的法定退休日期, 不致把可能临近退休的教师交流出去）', en: 'birth month assumed when only the year of birth is given (January: the earliest statutory date of that year, so that no teacher who may be near retirement is moved)' },
  { name: 'eligibility.senior_women_retire_at_60', type: 'boolean', default: 'no', zh: '具有高级、正高级职称的女教师按60岁计算法定退休日期', en: 'women teachers with a senior title (高级, 正高级) retire at 60 when computing the statutory date', source: '国发〔1983〕141号; 2024 law' },
  { name: 'eligibility.age_ceiling', type: 'boolean', default: 'no', zh: '年龄上限模式（代替临近退休免交流）: 只有低于上限年龄的教师参加交流', en: 'age-ceiling mode (instead of the exemption near retirement): only teachers under the ceiling take part', source: 'Wujin, Changzhou' },
  { name: 'eligibility.age_ceiling_male', type: 'integer', default: '50', min: 18, max: 70, zh: '年龄上限模式: 男教师须低于此年龄', en: 'age-ceiling mode: men take part under this age' },
  { name: 'eligibility.age_ceiling_female', type: 'integer', default: '45', min: 18, max: 70, zh: '年龄上限模式: 女教师须低于此年龄', en: 'age-ceiling mode: women take part under this age' },
  { name: 'eligibility.on_post_staff_only', type: 'boolean', default: 'yes', zh: '只有在编、在岗的教师参加交流（特岗教师服务期内、合同、病休、借调等不参加; 代课教师读入时即已剔除）', en: 'only teachers on the staff (在编) and at their post (在岗) take part: not 特岗 teachers in their service years, contract staff, staff on leave or seconded (substitutes, 代课, are left out when the roster is read)', source: 'local rules ("在编公办教师")' },
  { name: 'eligibility.retirees_leave', type: 'boolean', default: 'yes', zh: '截止日期前到达法定退休年龄的教师不计入调整前后的教师数（其岗位按空岗计）, 在 teachers.csv 中列为「退休」', en: 'teachers who reach the statutory retirement date by the cut-off date count in no figure before or after the plan (their posts count as open); teachers.csv lists them as retiring', source: '2024 retirement law' },
  { name: 'eligibility.exchange_returns', type: 'boolean', default: 'yes', zh: '交流期满（结束年月不晚于截止日期）的教师在编制方案前返回原学校', en: 'teachers whose exchange ends by the cut-off date return to their home school before the plan is made', source: '交流轮岗任教时间应不少于两年…回原学校工作' },
] as const satisfies readonly ParamSpec[];
