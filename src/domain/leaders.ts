import type { Teacher } from './types.js';

/**
 * Principals and vice principals (岗位类别 校长 / 副校长). The county posts them to leadership
 * posts ("校长交流轮岗坚持组织选派的原则"), not to subject posts: the model never places them, they
 * hold no subject post (they are left out of a school's teachers per subject, so of its shortage),
 * and they stand outside the teachers' quotas and backbone share. Those due to rotate are listed
 * for the county's decision; a lock may still move one.
 */
export function isLeader(t: Teacher): boolean {
  return t.role === 'principal' || t.role === 'vice_principal';
}

/** 校长 / 副校长 (principal / vice principal) for a leader; empty for a teacher. */
export function roleWords(t: Teacher): { zh: string; en: string } {
  if (t.role === 'principal') return { zh: '校长', en: 'principal' };
  if (t.role === 'vice_principal') return { zh: '副校长', en: 'vice principal' };
  return { zh: '', en: '' };
}
