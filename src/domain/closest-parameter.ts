/**
 * The parameter a misspelt name most likely meant, for the message that refuses it: a clerk who
 * types `weights.indicator_kep`, `RULES.QUOTA_SHARE` or the bare `quota_share` is told the name,
 * not only to go and read `rotate policy`.
 */

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** How a name is compared: lower case, full-width letters half-width, `-` and spaces as `_`. */
const plain = (s: string): string => s.normalize('NFKC').trim().toLowerCase().replace(/[\s-]+/gu, '_');

/**
 * The one parameter `name` most likely meant, or null: the same name in other case or with the
 * group left off (`quota_share`), else the one it begins when cut short at a word's end
 * (`rules.quota`), else the nearest within a few typing slips (at most 3, and
 * fewer than a third of the name), when no other is as near.
 */
export function closestParameter(name: string, names: readonly string[]): string | null {
  const n = plain(name);
  if (n === '') return null;
  const exact = names.filter((p) => plain(p) === n || plain(p).split('.').pop() === n);
  if (exact.length === 1) return exact[0] ?? null;
  // A name cut short at a word's end (`rules.quota`, `backbone_outflow`): the one parameter it begins, if one.
  const begun = names.filter((p) => plain(p).startsWith(`${n}_`) || (plain(p).split('.').pop() ?? '').startsWith(`${n}_`));
  if (begun.length === 1) return begun[0] ?? null;
  const limit = Math.min(3, Math.floor(n.length / 3));
  let best: string[] = [];
  let bestD = limit + 1;
  for (const p of names) {
    const dist = Math.min(editDistance(n, plain(p)), editDistance(n, plain(p).split('.').pop() ?? ''));
    if (dist < bestD) {
      bestD = dist;
      best = [p];
    } else if (dist === bestD) best.push(p);
  }
  // bestD starts one past the limit: a name that far, alone, is no slip.
  return bestD <= limit && best.length === 1 ? (best[0] ?? null) : null;
}
