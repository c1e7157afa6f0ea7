import { arrivalSection, SECTION_NAME, sectionsOf, teacherSection } from '../domain/sections.js';
import type { Certificate, School, Section } from '../domain/types.js';
import { isLeader } from '../domain/leaders.js';
import { stageRefusal, teachesWords } from '../domain/stage-refusal.js';
import type { Text } from '../domain/text.js';
import { moveCheck } from './check-result.js';
import type { CountyView, HardRule, MoveJudge } from './rule.js';

/** The sections (学部) of a school (see domain/sections.ts). */
export { sectionsOf };

const NAME = SECTION_NAME;

/** The words of a refusal the stage rule cannot name (not expected: the judge and stageRefusal agree). */
const FALLBACK = {
  why: { zh: '不是同一学段或低一学段, 或超出其教师资格, 或不在交流范围', en: 'neither the same stage nor the one below, or beyond the certificate, or outside the scope' },
  hint: { zh: '改选同一学段的学校, 或核实任教学段和教师资格种类', en: 'choose a school of the same stage, or check the teaching stage and the certificate' },
};

/** The section a teacher of teachers' key `tk` (teaching stage / certificate) fills at `to`, coming from `from`; undefined when none may take him or her. */
function fills(from: School, to: School, v: CountyView, tk: string): Section | undefined {
  const [stage = '', cert = ''] = tk.split('/');
  const own = teacherSection(stage === '' ? {} : { teachingStage: stage as Section }, from);
  return arrivalSection(own, cert === '' ? undefined : (cert as Certificate), to, v.policy);
}

const judge: MoveJudge = {
  subjectPost: true,
  between: {
    key: (s) => sectionsOf(s).join('+'),
    teacherKey: (t) => `${t.teachingStage ?? ''}/${t.certificate ?? ''}`,
    allows: (from, to, v, tk) => fills(from, to, v, tk) !== undefined,
    section: fills,
  },
  lockRefusal: (q, v, where) => {
    const r = stageRefusal(q.teacher, q.from, q.to, v.policy) ?? FALLBACK;
    const teaches = teachesWords(q.teacher, q.from);
    const there = sectionsOf(q.to);
    return {
      failure: { zh: `${where.zh}: ${q.teacher.id}（${teaches.zh}）调往 ${q.to.name}（${there.map((s) => NAME[s].zh).join('、')}）: ${r.why.zh}`, en: `${where.en}: ${q.teacher.id} (${teaches.en}) to ${q.to.id} (${there.map((s) => NAME[s].en).join(', ')}): ${r.why.en}` },
      hint: r.hint,
    };
  },
};

/**
 * A teacher moves within the stage (学段) or, when allowed, to the one below (初中 → 小学), never up,
 * and never to a stage the certificate (教师资格种类) does not cover. "教师交流一般在同学段进行，也可
 * 由高学段交流至低学段"; 教师资格条例 第五条. Holds by the model's shape: teachers are counted by
 * their stage and certificate, and flows exist only toward schools with a section they may teach.
 * The rule also says which section's post a move fills (`section`): the same section when the
 * destination has it, else the one below; and, with the scope (`rules.scope`), never a section
 * outside it. Posts, teachers and shortage are counted per section (domain/sections.ts).
 */
export const sameStage: HardRule = {
  name: 'same_stage',
  kind: 'hard',
  zh: '交流教师在流入学校任教同一学段（或按规定低一学段）, 且不超出教师资格',
  en: 'a teacher moves within the stage (or one down, if allowed), never beyond the certificate',
  relaxable: false,
  moveOnly: true,
  move: judge,
  switchedOff: { param: 'rules.same_stage', off: (p) => !p.sameStage },
  check: (f) => moveCheck('same_stage', '交流教师任教同一学段或低一学段', 'a teacher moves within the stage or one down', f, (t, from, to) => {
    if (isLeader(t) || judge.between?.allows(from, to, f, judge.between.teacherKey?.(t, f) ?? '')) return null;
    const why = (stageRefusal(t, from, to, f.policy) ?? FALLBACK).why;
    return { zh: `${t.id} ${from.id}→${to.id}: ${why.zh}`, en: `${t.id} ${from.id}→${to.id}: ${why.en}` };
  }),
  breaks(book, t, _cur, next) {
    const from = book.ctx.schoolById.get(t.schoolId);
    const to = next === undefined ? undefined : book.ctx.schoolById.get(next);
    // A principal or vice principal takes no subject post (as the judge and the check have it).
    return from !== undefined && to !== undefined && !isLeader(t) && !judge.between?.allows(from, to, book.ctx, judge.between.teacherKey?.(t, book.ctx) ?? '');
  },
  stayNote: (_book, t) => ({ zh: `可去学校都不是${t.teachingStage ? '' : '本'}学段或低一学段`, en: 'no school allowed has his or her stage or the one below' }),
};
