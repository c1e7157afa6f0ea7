import { postsAt, teachersOf } from '../context.js';
import type { Family } from '../family.js';
import { sums, terms } from '../sums.js';

/**
 * Inflow only into posts that are not full: where teachers arrive, teachers after ≤ posts.
 * Never relaxed: a relaxed plan still fits the posts, and a quota it cannot absorb shows as the quota's conflict.
 */
export const postsCapacity: Family = {
  name: 'posts_capacity',
  kind: 'hard',
  zh: '调入不超过岗位数（只补空岗）',
  en: 'teachers arrive only into posts that are not full',
  relaxable: false,
  build(ctx, cols, b) {
    const s = sums(cols);
    for (const [key, ins] of s.inBySchoolSubject) {
      const [school = '', subject = ''] = key.split('|');
      const outs = s.outBySchoolSubject.get(key) ?? [];
      const free = postsAt(ctx, school, subject) - teachersOf(ctx, school, subject);
      b.addRow(`posts_capacity[${key}]`, 'posts_capacity', [...terms(ins, 1), ...terms(outs, -1)], -Infinity, free);
    }
  },
};
