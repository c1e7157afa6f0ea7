import { resolvePolicy, type Policy, type PolicySetting } from '../../src/domain/policy.js';
import { subjectKey } from '../../src/domain/subjects.js';
import type { County, Lock, Post, School, Teacher } from '../../src/domain/types.js';
import { buildContext, type ModelContext } from '../../src/model/context.js';

/** Tiny hand-made counties for the per-family tests. */

let row = 1;
const src = (file: string) => ({ file, row: ++row });

export function school(id: string, area: School['area'], o: Partial<School> = {}): School {
  return { id, name: `学校${id}`, stage: 'primary', area, students: 500, weak: false, source: src('schools.csv'), ...o };
}

export function teacher(id: string, schoolId: string, subject: string, o: Partial<Teacher> = {}): Teacher {
  return {
    id,
    name: `教师${id}`,
    schoolId,
    subject,
    subjectLabel: subject,
    yearsAtSchool: 8,
    backbone: 'none',
    title: 'junior',
    ruralYears: 0,
    role: 'teacher',
    preferences: [],
    source: src('teachers.csv'),
    ...o,
  };
}

/** `n` alike teachers with ids prefix1..prefixN. */
export function teachers(prefix: string, n: number, schoolId: string, subject: string, o: Partial<Teacher> = {}): Teacher[] {
  return Array.from({ length: n }, (_, i) => teacher(`${prefix}${String(i + 1).padStart(3, '0')}`, schoolId, subject, o));
}

export function post(schoolId: string, subject: string, posts: number): Post {
  return { schoolId, subject, subjectLabel: subject, posts, source: src('posts.csv') };
}

export function lock(teacherId: string, action: Lock['action'], schoolId?: string): Lock {
  return { teacherId, action, ...(schoolId ? { schoolId } : {}), source: src('locks.csv') };
}

export function county(schools: School[], ts: Teacher[], posts: Post[], locks: Lock[] = []): County {
  return { schools, teachers: ts, posts, locks, policy: [], files: [], lang: 'zh' };
}

export function policy(sets: Record<string, string> = {}): Policy {
  const settings: PolicySetting[] = Object.entries(sets).map(([key, value]) => ({ key, value, file: 'test' }));
  const r = resolvePolicy(settings, 2026, subjectKey);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

export function context(c: County, sets: Record<string, string> = {}): ModelContext {
  return buildContext(c, policy(sets));
}
