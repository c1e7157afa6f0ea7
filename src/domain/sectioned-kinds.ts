/**
 * The kinds of school of several sections among some schools, in words, for a message that lists
 * them: `九年一贯制学校`, `九年一贯制学校或完全中学`, `九年一贯制学校、完全中学或十二年一贯制学校`. A
 * message says the kinds it lists, not every kind there is.
 */
import { plural } from './plural.js';
import type { Text } from './text.js';
import type { Stage } from './types.js';

const KINDS: readonly [Stage, Text][] = [
  ['nine_year', { zh: '九年一贯制学校', en: 'nine-year school' }],
  ['complete', { zh: '完全中学', en: 'complete secondary school' }],
  ['twelve_year', { zh: '十二年一贯制学校', en: 'twelve-year school' }],
];

/** The kinds among `stages`, joined with 或 / or; schools of several sections in general when none is. English names one school when `n` is 1, else several. */
export function sectionedKinds(stages: Iterable<Stage>, n?: number): Text {
  const present = new Set(stages);
  const kinds = KINDS.filter(([stage]) => present.has(stage)).map(([, name]) => ({ zh: name.zh, en: plural(n ?? 2, name.en, `${name.en}s`) }));
  if (kinds.length === 0) return { zh: '多学部学校', en: plural(n ?? 2, 'school of several sections', 'schools of several sections') };
  const join = (words: string[], comma: string, or: string): string => (words.length === 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(comma)}${or}${words[words.length - 1] ?? ''}`);
  return { zh: join(kinds.map((k) => k.zh), '、', '或'), en: join(kinds.map((k) => k.en), ', ', ' or ') };
}

/** The grades the students of each kind among `stages` are split by, when a section's students are not given. */
export function gradeSplits(stages: Iterable<Stage>): Text {
  const present = new Set(stages);
  const splits: [Stage, Text][] = [
    ['nine_year', { zh: '九年一贯制 小学6:初中3', en: 'nine-year primary 6 : junior 3' }],
    ['complete', { zh: '完全中学 初中3:高中3', en: 'complete junior 3 : senior 3' }],
    ['twelve_year', { zh: '十二年一贯制 小学6:初中3:高中3', en: 'twelve-year primary 6 : junior 3 : senior 3' }],
  ];
  const shown = splits.filter(([stage]) => present.has(stage)).map(([, t]) => t);
  return { zh: shown.map((t) => t.zh).join(', '), en: shown.map((t) => t.en).join(', ') };
}
