import { classDirection, directionClass, isTwoWay } from '../domain/direction.js';
import type { Text } from '../domain/text.js';
import { isLeader } from '../domain/leaders.js';
import { moveCheck } from './check-result.js';
import type { HardRule, MoveJudge } from './rule.js';

const judge: MoveJudge = {
  // Principals and vice principals are posted by the county (组织选派), wherever it decides.
  teachersOnly: true,
  between: {
    key: (s) => directionClass(s),
    // A two-way exchange (跟岗交流) goes the other way; the two_way rule caps it.
    allows: (from, to, v) => classDirection(directionClass(from), directionClass(to), v.policy) !== null || isTwoWay(from, to, v.policy),
  },
  lockRefusal: (q, _v, where) => ({
    failure: { zh: `${where.zh}: ${q.teacher.id} 从 ${q.from.name} 调往 ${q.to.name} 不符合 城镇→乡村、优质→薄弱 方向`, en: `${where.en}: ${q.teacher.id} from ${q.from.id} to ${q.to.id} is against the direction rule` },
    hint: { zh: '改为乡村或薄弱学校, 或设置 rules.direction=no', en: 'choose a rural or weak school, or set rules.direction=no' },
  }),
};

/**
 * Direction (城镇→乡村, 优质→薄弱): teachers leave a class of schools only toward classes the rule
 * allows. Holds by the model's shape: flow columns exist only between allowed classes. The county's
 * posting of a principal or vice principal (a lock; the model never posts one) is its own decision,
 * as DOMAIN.md has it ("校长交流轮岗坚持组织选派的原则"), and is not held to it.
 */
export const direction: HardRule = {
  name: 'direction',
  kind: 'hard',
  zh: '交流方向：城镇→乡村、优质→薄弱',
  en: 'direction: urban/town → rural, strong → weak',
  relaxable: false,
  moveOnly: true,
  move: judge,
  switchedOff: { param: 'rules.direction', off: (p) => !p.direction },
  check: (f) => moveCheck('direction', '交流方向：城镇→乡村、优质→薄弱', 'direction: urban/town → rural, strong → weak', f, (t, from, to) => (from.id === to.id || (!isLeader(t) && !judge.between?.allows(from, to, f, '')) ? { zh: `${t.id} ${from.id}→${to.id} 不符合交流方向`, en: `${t.id} ${from.id}→${to.id} is against the direction rule` } : null)),
  breaks(book, t, _cur, next) {
    const from = book.ctx.schoolById.get(t.schoolId);
    const to = next === undefined ? undefined : book.ctx.schoolById.get(next);
    return from !== undefined && to !== undefined && (from.id === to.id || !judge.between?.allows(from, to, book.ctx, ''));
  },
};
