import type { County } from '../domain/types.js';
import { compareText } from './compare-text.js';

/**
 * A copy of the county with every list in a fixed order: schools and teachers by id,
 * posts by school then subject, locks by teacher then action then school, policy by key;
 * ties (only possible in a county with issues) by file and row. `files` keeps its order.
 */
export function sortCounty(county: County): County {
  const bySource = (a: { source: { file: string; row: number } }, b: { source: { file: string; row: number } }) =>
    compareText(a.source.file, b.source.file) || a.source.row - b.source.row;
  return {
    ...county,
    schools: [...county.schools].sort((a, b) => compareText(a.id, b.id) || bySource(a, b)),
    teachers: [...county.teachers].sort((a, b) => compareText(a.id, b.id) || bySource(a, b)),
    posts: county.posts && [...county.posts].sort((a, b) => compareText(a.schoolId, b.schoolId) || compareText(a.subject, b.subject) || bySource(a, b)),
    locks: [...county.locks].sort(
      (a, b) => compareText(a.teacherId, b.teacherId) || compareText(a.action, b.action) || compareText(a.schoolId ?? '', b.schoolId ?? '') || bySource(a, b),
    ),
    ...(county.objections && { objections: [...county.objections].sort((a, b) => compareText(a.teacherId, b.teacherId) || bySource(a, b)) }),
    policy: [...county.policy].sort((a, b) => compareText(a.key, b.key) || bySource(a, b)),
  };
}
