/**
 * How an English output names a subject. Subjects are compared by their key, the curriculum's
 * Chinese name (subjects.ts); a county that writes its subjects in English (`english`, `PE`)
 * reads them back in its own spelling, not as the key (`英语`, `体育`). A Chinese output, and a
 * subject the county writes in Chinese, keep the key, as subjectInText does (`小学语文` is 语文).
 */
import { subjectKey } from './subjects.js';
import type { County } from './types.js';

/**
 * The English name of each curriculum subject, for an English county that never spelled it (a
 * subject its posts come to from the staffing norm). Each is a name `subjectKey` reads back as its key.
 */
export const SUBJECT_NAMES_EN: Readonly<Record<string, string>> = {
  语文: 'Chinese',
  数学: 'maths',
  英语: 'English',
  科学: 'science',
  道德与法治: 'morality and law',
  体育: 'PE',
  音乐: 'music',
  美术: 'art',
  信息科技: 'information technology',
  劳动: 'labour',
  心理健康: 'mental health',
  物理: 'physics',
  化学: 'chemistry',
  生物: 'biology',
  历史: 'history',
  地理: 'geography',
  日语: 'Japanese',
  俄语: 'Russian',
  综合实践活动: 'comprehensive practice',
};

/** Subject key → the name an English output gives it, where that is not the key itself. */
export type SubjectNames = Readonly<Record<string, string>>;

type Spelled = Pick<County, 'lang' | 'teachers' | 'posts' | 'retired'>;

const HAN = /\p{Script=Han}/u;

/** Per county: how each key it spells is named in English, read once (a county writes thousands of rows). */
const spelledOf = new WeakMap<Spelled, ReadonlyMap<string, string>>();

/**
 * The county's own spelling of each subject it writes: the first, in the teachers file's order and
 * then the posts file's, that is not written in Chinese characters and names that subject alone
 * (a cell of several subjects, `english/music`, names none of them); the key for a subject written
 * in Chinese characters only.
 */
function spellings(county: Spelled): ReadonlyMap<string, string> {
  let found = spelledOf.get(county);
  if (found) return found;
  const m = new Map<string, string>();
  for (const x of [...county.teachers, ...(county.retired ?? []), ...(county.posts ?? [])]) {
    if (x.subject === '' || (m.has(x.subject) && m.get(x.subject) !== x.subject)) continue;
    const label = x.subjectLabel.trim();
    if (label !== '' && !HAN.test(label) && subjectKey(label) === x.subject) m.set(x.subject, label);
    else if (!m.has(x.subject)) m.set(x.subject, x.subject);
  }
  spelledOf.set(county, (found = m));
  return found;
}

/**
 * How an English output names the subject of key `key`: the county's own spelling (the key where
 * it writes the subject in Chinese); for an English county that never wrote it (a subject its posts
 * come to from the staffing norm), {@link SUBJECT_NAMES_EN}; else the key.
 */
export function subjectNameEn(county: Spelled, key: string): string {
  return spellings(county).get(key) ?? (county.lang === 'en' ? SUBJECT_NAMES_EN[key] : undefined) ?? key;
}

/** {@link subjectNameEn} of each key given, where it is not the key: what a plan folder keeps for outputs read later. */
export function subjectNamesOf(county: Spelled, keys: Iterable<string>): SubjectNames {
  const out: Record<string, string> = {};
  for (const k of [...new Set(keys)].sort()) {
    const name = subjectNameEn(county, k);
    if (name !== k) out[k] = name;
  }
  return out;
}

/** The name an English output gives the key, from names kept (none kept: the key, as plans written before them). */
export const nameIn = (names: SubjectNames | undefined, key: string): string => (names !== undefined && Object.hasOwn(names, key) ? (names[key] ?? key) : key);
