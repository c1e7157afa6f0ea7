/**
 * The parameters of the roster (交流人员花名册) reported back to the national teacher information
 * system's exchange sub-table (issue 13). The term's length is `eligibility.term_years` and its
 * start the month after `plan.cutoff` (see term.ts). Listed in the one policy table
 * ({@link PARAMETERS}) like every other.
 */
import type { ParamSpec } from './param-spec.js';

/** The exchange types of the national system's sub-table (交流轮岗类型). */
export const EXCHANGE_TYPES = ['交流', '支教', '走教'] as const;
export type ExchangeType = (typeof EXCHANGE_TYPES)[number];

export const ROSTER_PARAMETERS = [
  { name: 'roster.exchange_type', type: 'choice', default: '交流', choices: EXCHANGE_TYPES, zh: '花名册「交流轮岗类型」: 交流 / 支教 / 走教', en: 'the roster\'s exchange type (交流轮岗类型): 交流 exchange, 支教 support teaching, 走教 itinerant teaching', source: '全国教师管理信息系统 交流轮岗子表' },
  { name: 'roster.transfer_personnel', type: 'boolean', default: 'no', zh: '花名册「是否调动人事关系」: 交流教师的人事关系是否随之调到交流学校', en: 'the roster\'s 是否调动人事关系: whether the teachers\' personnel relation (人事关系) moves to the exchange school', source: '全国教师管理信息系统 交流轮岗子表' },
] as const satisfies readonly ParamSpec[];
