/**
 * Posts no exchange can fill: a subject of the posts file that no teacher of the county teaches
 * (书法 with 4 posts), or teaches only in a stage that may not move to these posts (a 小学 subject's
 * 初中 posts, a subject taught only in an out-of-scope 高中). Such posts count in the shortage
 * (posts − teachers) and no plan can lower it: without a word, the shortage after the plan reads as
 * the plan's failing. Told once, at the posts file, naming each subject with its posts and schools,
 * and that 招聘 (recruitment), not rotation, fills them. The opposite case, teachers of a subject
 * the posts file does not name, is unposted-subjects.ts.
 */
import { countEn } from './plural.js';
import { isLeader } from './leaders.js';
import type { Policy } from './policy.js';
import { arrivalSection, inScope, placesOf, SECTION_NAME, teacherSection } from './sections.js';
import { postTable } from './staffing.js';
import { firstOf } from './text.js';
import type { Certificate, County, InputIssue, Section } from './types.js';

/** A subject's posts no teacher can be sent to, at in-scope sections. */
interface Unstaffed {
  label: string;
  posts: number;
  schools: Set<string>;
  sections: Set<Section>;
  /** The sections where some teacher of the county (principals aside) teaches the subject. */
  taughtIn: Set<Section>;
  file: string;
  row: number;
}

/** How many subjects the warning names before `…`. */
const NAMED = 6;

/** The one warning (or none): the subjects in the order of the posts file, each with its posts and schools. None without a posts file, or with rules.same_subject off (a teacher of any subject may fill a post then). */
export function unstaffedSubjectWarnings(county: County, p: Policy): InputIssue[] {
  if (!county.posts || !p.sameSubject) return [];
  const school = new Map(county.schools.map((s) => [s.id, s]));
  // Per subject, the (section, certificate) of its teachers who take part in the rotation, and every section it is taught in.
  const movers = new Map<string, Map<string, { own: Section; cert: Certificate | undefined }>>();
  const taught = new Map<string, Set<Section>>();
  for (const t of county.teachers) {
    const s = school.get(t.schoolId);
    if (!s || isLeader(t)) continue;
    const own = t.section ?? teacherSection(t, s);
    taught.set(t.subject, (taught.get(t.subject) ?? new Set()).add(own));
    if (!inScope(own, p)) continue;
    const kinds = movers.get(t.subject) ?? new Map();
    kinds.set(`${own}\t${t.certificate ?? ''}`, { own, cert: t.certificate });
    movers.set(t.subject, kinds);
  }
  const firstRow = new Map<string, { file: string; row: number; label: string }>();
  for (const r of county.posts) if (!firstRow.has(`${r.schoolId}\t${r.subject}`)) firstRow.set(`${r.schoolId}\t${r.subject}`, { file: r.source.file, row: r.source.row, label: r.subjectLabel });
  const table = postTable(county, p);
  const found = new Map<string, Unstaffed>();
  for (const s of county.schools) {
    for (const [place, sec] of placesOf(s)) {
      if (!inScope(sec, p)) continue;
      for (const [subject, n] of table.get(place) ?? []) {
        // A teacher of the subject could be placed in this section of this school: the posts can be filled.
        if (n <= 0 || [...(movers.get(subject)?.values() ?? [])].some((k) => arrivalSection(k.own, k.cert, s, p) === sec)) continue;
        const at = firstRow.get(`${s.id}\t${subject}`);
        const u = found.get(subject) ?? { label: at?.label ?? subject, posts: 0, schools: new Set(), sections: new Set(), taughtIn: taught.get(subject) ?? new Set(), file: at?.file ?? '', row: at?.row ?? 0 };
        u.posts += n;
        u.schools.add(s.id);
        u.sections.add(sec);
        found.set(subject, u);
      }
    }
  }
  if (found.size === 0) return [];
  // The posts file's order: the subject met first on the earliest row.
  const list = [...found.values()].sort((a, b) => a.row - b.row);
  const first = list[0] as Unstaffed;
  const total = list.reduce((a, u) => a + u.posts, 0);
  const order: Section[] = ['primary', 'junior', 'senior'];
  const names = (set: Set<Section>, lang: 'zh' | 'en'): string => order.filter((x) => set.has(x)).map((x) => SECTION_NAME[x][lang]).join(lang === 'zh' ? '、' : ', ');
  const zh = list.map((u) => `${u.label}${u.taughtIn.size > 0 ? ` ${names(u.sections, 'zh')}` : ''} ${u.posts} 个岗位（${u.schools.size} 所学校; ${u.taughtIn.size === 0 ? '全县无人任教' : `全县只有${names(u.taughtIn, 'zh')}教师任教, 按学段规则不能调往`}）`);
  const en = list.map((u) => `${u.label}${u.taughtIn.size > 0 ? ` ${names(u.sections, 'en')}` : ''}: ${countEn(u.posts, 'post')} (${countEn(u.schools.size, 'school')}; ${u.taughtIn.size === 0 ? 'taught by no teacher of the county' : `taught only in ${names(u.taughtIn, 'en')}, where the stage rules move nobody to them`})`);
  return [
    {
      file: first.file,
      row: first.row,
      column: county.lang === 'zh' ? '学科' : 'subject',
      zh: `岗位表中有 ${list.length} 个学科的岗位没有可调去的任课教师: ${firstOf(zh, NAMED, '、', ' …')}; 这些岗位共 ${total} 个, 计入缺员, 但交流补不上, 需招聘等方式补充`,
      en: `the posts file has posts in ${countEn(list.length, 'subject')} no teacher can be sent to: ${firstOf(en, NAMED, '; ', ' …')}; these ${total} posts count in the shortage, but no exchange can fill them: recruitment (招聘) is the way`,
    },
  ];
}
