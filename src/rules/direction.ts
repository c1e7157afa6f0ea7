import { classDirection, directionClass, isTwoWay } from '../domain/direction.js';
import type { Policy } from '../domain/policy.js';
import type { Text } from '../domain/text.js';
import type { School } from '../domain/types.js';
import { isLeader } from '../domain/leaders.js';
import { moveCheck } from './check-result.js';
import type { HardRule, MoveJudge } from './rule.js';

/**
 * What a lock against the direction can be changed to, by the teacher's school: from a 城镇 school
 * that is not weak, a rural or weak school; from a weak 城镇 school, a rural one; from a rural one
 * that is not weak, a weak one; from a rural weak one, none; from a rural or weak school also a
 * 城镇 school that is not weak, as a two-way exchange (跟岗交流) when it is on. "Choose a rural or
 * weak school" told a rural school's teacher locked to another rural school to choose what the lock named.
 */
function directionHint(from: School, p: Policy): Text {
  const town = from.area !== 'rural';
  if (town && !from.weak) return { zh: '改为乡村或薄弱学校, 或设置 rules.direction=no', en: 'choose a rural or weak school, or set rules.direction=no' };
  const zh: string[] = [];
  const en: string[] = [];
  if (town) {
    zh.push('调往乡村学校');
    en.push('to a rural school');
  } else if (!from.weak) {
    zh.push('调往薄弱学校');
    en.push('to a weak school');
  }
  if (p.twoWay) {
    zh.push('跟岗交流到城镇非薄弱学校');
    en.push('on a two-way exchange into an urban/town school that is not weak');
  }
  const kind = { zh: `${town ? '' : '乡村'}${from.weak ? '薄弱' : ''}学校`, en: `${town ? '' : 'rural '}${from.weak ? 'weak ' : ''}school` };
  const only = zh.length > 0
    ? { zh: `按交流方向只能${zh.join('或')}; 改换学校或删除此锁定`, en: `the direction rule lets its teachers go only ${en.join(' or ')}; choose such a school or remove the lock` }
    : { zh: '按交流方向不调出; 删除此锁定', en: 'the direction rule sends nobody out of it; remove the lock' };
  return { zh: `${from.name}是${kind.zh}: ${only.zh}, 或设置 rules.direction=no`, en: `${from.id} is a ${kind.en}: ${only.en}, or set rules.direction=no` };
}

const judge: MoveJudge = {
  // Principals and vice principals are posted by the county (组织选派), wherever it decides.
  teachersOnly: true,
  between: {
    key: (s) => directionClass(s),
    // A two-way exchange (跟岗交流) goes the other way; the two_way rule caps it.
    allows: (from, to, v) => classDirection(directionClass(from), directionClass(to), v.policy) !== null || isTwoWay(from, to, v.policy),
  },
  lockRefusal: (q, v, where) => ({
    failure: { zh: `${where.zh}: ${q.teacher.id} 从 ${q.from.name} 调往 ${q.to.name} 不符合 城镇→乡村、优质→薄弱 方向`, en: `${where.en}: ${q.teacher.id} from ${q.from.id} to ${q.to.id} is against the direction rule` },
    hint: directionHint(q.from, v.policy),
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
