/**
 * The parameter a Chinese label stands for. The tool prints its weights and rules by Chinese
 * names (调动代价 in the report, explain and diff; 每缺员1人的代价 in `rotate policy` and 参数.csv's
 * 说明; a rule's description in the rule list), and a clerk copies such a name into a policy file
 * or a --set (`调动代价,2`). The name is not taken for the parameter (a description is no name,
 * and summary.json and diff record names), but the message that refuses it says which parameter
 * it labels.
 */
import { PARAMETERS } from './parameters.js';

/** A name the tool prints, and the parameter it stands for. */
export interface ParameterLabel {
  text: string;
  param: string;
}

/** Each parameter's own description, in both languages, as `rotate policy` and 参数.csv print it. */
export const DESCRIPTION_LABELS: readonly ParameterLabel[] = PARAMETERS.flatMap((p) => [
  { text: p.zh, param: p.name },
  { text: p.en, param: p.name },
]);

/** A label as compared: full-width folded, lower case, without spaces and the punctuation between words. */
const plain = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s、,，;；:：.。·'"“”‘’「」]+/gu, '');

/** A label without its parenthetical remarks: `每交流1人的代价（越大越少调动）` → `每交流1人的代价`. */
const bare = (s: string): string => s.replace(/[（(][^（()）]*[)）]/gu, '');

const HAN = /\p{Script=Han}/u;

/** The Chinese characters of a text, in order. */
const hanOf = (s: string): string => s.replace(/[^\p{Script=Han}]/gu, '');

/** Pairs of neighbouring characters, the unit two Chinese wordings are compared by. */
function pairs(s: string): Set<string> {
  const chars = [...s];
  return new Set(chars.slice(1).map((c, i) => `${chars[i] ?? ''}${c}`));
}

/** The one parameter among `found`, or null when they name none or several. */
const onlyParam = (found: readonly ParameterLabel[]): string | null => {
  const params = new Set(found.map((l) => l.param));
  return params.size === 1 ? (found[0]?.param ?? null) : null;
};

/**
 * The parameter `key` labels, or null: a label the same once spaces, punctuation and its
 * parenthetical remarks are set aside; else, for a Chinese key, the one parameter whose labels
 * hold it (`调动`, a word cut short) or, failing that, share most of its pairs of characters (at
 * least 60%, with no other parameter as near: `每校调出教师上限` for the outflow cap).
 */
export function labelledParameter(key: string, labels: readonly ParameterLabel[]): string | null {
  // `weights.调动代价`: a label behind a group's name is the label.
  const k = plain(HAN.test(key) ? key.replace(/^\s*[a-z_]+\s*[.．。]/iu, '') : key);
  if (k === '') return null;
  const exact = onlyParam(labels.filter((l) => plain(l.text) === k || plain(bare(l.text)) === k));
  if (exact !== null || !HAN.test(k)) return exact;
  if ([...k].length >= 2) {
    const held = labels.filter((l) => plain(l.text).includes(k));
    if (held.length > 0) return onlyParam(held);
  }
  // Compared by their Chinese alone: a description's `weights.moves` or `1` is no part of its wording.
  const mine = pairs(hanOf(k));
  if (mine.size < 2) return null;
  const best = new Map<string, number>();
  for (const l of labels) {
    const theirs = pairs(hanOf(plain(bare(l.text))));
    const shared = [...mine].filter((p) => theirs.has(p)).length / mine.size;
    best.set(l.param, Math.max(best.get(l.param) ?? 0, shared));
  }
  const ranked = [...best].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= 0.6 && (second === undefined || second[1] < first[1]) ? first[0] : null;
}
