import type { School, Teacher } from '../../src/domain/types.js';
import { county, post, school, teachers } from './make-county.js';

/**
 * Two urban primary schools with six PE teachers each and ten 语文 teachers (four school-level
 * backbone teachers each), and two rural schools with five open PE posts between them; the quota
 * asks for four movers. Filling every open PE post pushes the primary PE-and-arts CV from 0.40 to
 * about 0.55, above its 0.50; four movers placed well keep it at 0.40.
 */
export function peCounty() {
  const schools: School[] = [school('U1', 'urban', { students: 1000 }), school('U2', 'urban', { students: 1000 }), school('R1', 'rural', { students: 300 }), school('R2', 'rural', { students: 300 })];
  const ts: Teacher[] = [
    ...teachers('a', 6, 'U1', '体育').map((t, i) => ({ ...t, backbone: i === 0 ? ('school' as const) : ('none' as const) })),
    ...teachers('b', 6, 'U2', '体育').map((t, i) => ({ ...t, backbone: i === 0 ? ('school' as const) : ('none' as const) })),
    ...teachers('c', 10, 'U1', '语文').map((t, i) => ({ ...t, backbone: i < 3 ? ('school' as const) : ('none' as const) })),
    ...teachers('d', 10, 'U2', '语文').map((t, i) => ({ ...t, backbone: i < 3 ? ('school' as const) : ('none' as const) })),
    ...teachers('e', 1, 'R2', '体育', { yearsAtSchool: 1 }),
  ];
  const posts = [post('U1', '体育', 6), post('U2', '体育', 6), post('R1', '体育', 3), post('R2', '体育', 3), post('U1', '语文', 10), post('U2', '语文', 10)];
  return county(schools, ts, posts);
}
