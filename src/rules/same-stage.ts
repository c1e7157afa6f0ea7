import type { Certificate, School, Section } from '../domain/types.js';
import { isLeader } from '../domain/leaders.js';
import type { Text } from '../domain/text.js';
import { moveCheck } from './check-result.js';
import type { HardRule, MoveJudge } from './rule.js';

/** The sections (学部) of a school: 九年一贯制 = 小学部 + 初中部, 完全中学 = 初中部 + 高中部. */
export function sectionsOf(s: School): Section[] {
  if (s.stage === 'nine_year') return ['primary', 'junior'];
  if (s.stage === 'complete') return ['junior', 'senior'];
  return [s.stage];
}

const LEVEL: Record<Section, number> = { primary: 1, junior: 2, senior: 3 };
const NAME: Record<Section, Text> = { primary: { zh: '小学', en: 'primary' }, junior: { zh: '初中', en: 'junior' }, senior: { zh: '高中', en: 'senior' } };

/** The highest level a certificate covers (教师资格条例 第五条: its own level and those below); 0 for none of the sections. */
function certificateLevel(c: Certificate | undefined): number {
  if (c === undefined || c === 'higher' || c === 'senior' || c === 'vocational') return 3;
  if (c === 'junior') return 2;
  return c === 'primary' ? 1 : 0;
}

/**
 * The sections a teacher may teach in at the own school: the school's when it has one, else
 * `teaching_stage`; in a school with two sections and no `teaching_stage` given (a county whose
 * roster has no such column), either of them.
 */
function ownSections(from: School, teachingStage: string): Section[] {
  const own = sectionsOf(from);
  if (own.length === 1) return own;
  const given = own.filter((s) => s === teachingStage);
  return given.length > 0 ? given : own;
}

const judge: MoveJudge = {
  subjectPost: true,
  between: {
    key: (s) => sectionsOf(s).join('+'),
    teacherKey: (t) => `${t.teachingStage ?? ''}/${t.certificate ?? ''}`,
    allows(from, to, v, tk) {
      if (!v.policy.sameStage) return true;
      const [stage = '', cert = ''] = tk.split('/');
      const covered = certificateLevel(cert === '' ? undefined : (cert as Certificate));
      return ownSections(from, stage).some((section) => {
        const top = Math.min(LEVEL[section], covered);
        const lowest = v.policy.stageDown ? LEVEL[section] - 1 : LEVEL[section];
        return sectionsOf(to).some((s) => LEVEL[s] <= top && LEVEL[s] >= lowest);
      });
    },
  },
  lockRefusal: (q, _v, where) => ({
    failure: { zh: `${where.zh}: ${q.teacher.id}（${sectionsOf(q.from).map((s) => NAME[s].zh).join('、')}）调往 ${q.to.name}（${sectionsOf(q.to).map((s) => NAME[s].zh).join('、')}）不是同一学段或低一学段, 或超出其教师资格`, en: `${where.en}: ${q.teacher.id} (${sectionsOf(q.from).map((s) => NAME[s].en).join(', ')}) to ${q.to.id} (${sectionsOf(q.to).map((s) => NAME[s].en).join(', ')}) is neither the same stage nor the one below, or beyond the certificate` },
    hint: { zh: '改选同一学段的学校, 或核实任教学段和教师资格种类', en: 'choose a school of the same stage, or check the teaching stage and the certificate' },
  }),
};

/**
 * A teacher moves within the stage (学段) or, when allowed, to the one below (初中 → 小学), never up,
 * and never to a stage the certificate (教师资格种类) does not cover. "教师交流一般在同学段进行，也可
 * 由高学段交流至低学段"; 教师资格条例 第五条. Holds by the model's shape: teachers are counted by
 * their stage and certificate, and flows exist only toward schools with a section they may teach.
 * Posts are per school and subject: in a school with two sections the rule says the teacher may
 * teach there, not which section's post is filled.
 */
export const sameStage: HardRule = {
  name: 'same_stage',
  kind: 'hard',
  zh: '交流教师在流入学校任教同一学段（或按规定低一学段）, 且不超出教师资格',
  en: 'a teacher moves within the stage (or one down, if allowed), never beyond the certificate',
  relaxable: false,
  move: judge,
  check: (f) => moveCheck('same_stage', '交流教师任教同一学段或低一学段', 'a teacher moves within the stage or one down', f, (t, from, to) => (!isLeader(t) && !judge.between?.allows(from, to, f, judge.between.teacherKey?.(t, f) ?? '') ? { zh: `${t.id} ${from.id}→${to.id} 不是同一学段或低一学段, 或超出教师资格`, en: `${t.id} ${from.id}→${to.id} is neither the same stage nor the one below, or beyond the certificate` } : null)),
  breaks(book, t, _cur, next) {
    const from = book.ctx.schoolById.get(t.schoolId);
    const to = next === undefined ? undefined : book.ctx.schoolById.get(next);
    return from !== undefined && to !== undefined && !judge.between?.allows(from, to, book.ctx, judge.between.teacherKey?.(t, book.ctx) ?? '');
  },
  stayNote: (_book, t) => ({ zh: `可去学校都不是${t.teachingStage ? '' : '本'}学段或低一学段`, en: 'no school allowed has his or her stage or the one below' }),
};
