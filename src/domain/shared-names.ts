/** Names more than one school carries: wherever such a name is shown, the school's code goes beside it. */
export function sharedNames(schools: readonly { name: string }[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const s of schools) {
    if (seen.has(s.name)) shared.add(s.name);
    seen.add(s.name);
  }
  return shared;
}
