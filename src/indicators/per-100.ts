/**
 * Teachers per 100 students, and the whole number of teachers a section needs to reach a
 * per-100 threshold. The two agree by construction: a section holding `countNeeded(t, P)`
 * counted teachers has `per100(…) ≥ t`, and one teacher fewer does not.
 */

/** Counted teachers per 100 students: `count × 100 / students`; 0 when the section has no students. */
export function per100(count: number, students: number): number {
  return students > 0 ? (count * 100) / students : 0;
}

/**
 * The fewest counted teachers (a whole number ≥ 0) with which a section of `students` students
 * reaches `threshold` per 100. For the model's shortfall term: shortfall ≥ countNeeded − count.
 * 0 when the section has no students or the threshold is ≤ 0.
 */
export function countNeeded(threshold: number, students: number): number {
  if (students <= 0 || threshold <= 0) return 0;
  // threshold × students / 100 is the exact need, but 4.2 × 500 / 100 is 21.000000000000004 in
  // floating point: start from the rounded figure and step to the count per100 itself accepts.
  let n = Math.max(0, Math.ceil((threshold * students) / 100) - 1);
  while (per100(n, students) < threshold) n += 1;
  while (n > 0 && per100(n - 1, students) >= threshold) n -= 1;
  return n;
}
