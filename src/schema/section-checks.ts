/**
 * Cross-file checks of sections (学部): a 九年一贯制 or 完全中学 holds posts and teachers per section,
 * so its posts rows must name their 学段 and its teachers their 任教学段 when the file has that
 * column (without it they are split between the sections, with a warning); a section the school
 * does not have is an error.
 */
import { SECTION_NAME, sectionsOf, sectioned } from '../domain/sections.js';
import { STAGE_NAME } from '../domain/stage-names.js';
import type { InputIssue, School, Section, Source } from '../domain/types.js';
import type { CrossCheck, CrossInput } from './cross-checks.js';

const names = (secs: readonly Section[]): { zh: string; en: string } => ({ zh: secs.map((s) => SECTION_NAME[s].zh).join('、'), en: secs.map((s) => SECTION_NAME[s].en).join(', ') });

function issue(input: CrossInput, source: Source, key: string, zh: string, en: string): InputIssue {
  // The key too: a teachers sheet's 学段 is its teaching_stage, not the stage its header names elsewhere.
  return { file: source.file, row: source.row, column: input.label(source.file, key), key, zh, en };
}

/** Rows of one kind that name a school's section: missing in a two-section school, or a section the school lacks. */
function sectionRows<T extends { schoolId: string; source: Source }>(
  rows: (i: CrossInput) => readonly T[],
  sectionOf: (r: T) => Section | undefined,
  key: string,
  what: { zh: string; en: string },
  /** Whether a missing section is an error for this row (false: the column is absent altogether and tolerated). */
  needed: (i: CrossInput, r: T) => boolean,
): CrossCheck['check'] {
  return (input) => {
    const school = new Map<string, School>(input.schools.map((s) => [s.id, s]));
    const out: InputIssue[] = [];
    for (const r of rows(input)) {
      const s = school.get(r.schoolId);
      if (!s) continue;
      const secs = sectionsOf(s);
      const sec = sectionOf(r);
      const n = names(secs);
      if (sec === undefined) {
        if (sectioned(s) && needed(input, r)) out.push(issue(input, r.source, key, `学校${s.id}是${STAGE_NAME[s.stage].zh}学校（${n.zh}）, ${what.zh}须填写学段`, `school ${s.id} has ${secs.length === 2 ? 'two' : String(secs.length)} sections (${n.en}): ${what.en} must name the section`));
      } else if (!secs.includes(sec)) {
        out.push(issue(input, r.source, key, `学校${s.id}没有${SECTION_NAME[sec].zh}学段（只有${n.zh}）`, `school ${s.id} has no ${SECTION_NAME[sec].en} section (only ${n.en})`));
      }
    }
    return out;
  };
}

/** The section checks, appended to the cross-file checks. */
export const SECTION_CHECKS: readonly CrossCheck[] = [
  // A posts file without a 学段 column (one written before sections) is split between the sections (domain/staffing.ts).
  { name: 'post-section', check: sectionRows((i) => i.posts, (p) => p.section, 'stage', { zh: '岗位表的每一行', en: 'each posts row' }, (i, p) => i.has(p.source.file, 'stage')) },
  {
    name: 'teacher-section',
    check: sectionRows((i) => i.teachers, (t) => (t.teachingStage === undefined ? undefined : t.teachingStage), 'teaching_stage', { zh: '该校教师的「任教学段」', en: 'each of its teachers\' teaching_stage' }, (i, t) => i.has(t.source.file, 'teaching_stage')),
  },
];
