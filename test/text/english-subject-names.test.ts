import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExplain } from '../../src/cli/explain-command.js';
import { SUBJECT_NAMES_EN, subjectNameEn } from '../../src/domain/subject-names.js';
import { subjectKey } from '../../src/domain/subjects.js';
import type { County, Post, Teacher } from '../../src/domain/types.js';
import { generateCounty } from '../../src/generate/generate-county.js';
import { writeCounty } from '../../src/generate/write-county.js';
import { planInProcess, readPlanCsv, YEAR } from '../helpers/plan-run.js';
import { context, county as makeCounty, lock, policy, post as postsOf, school, teachers } from '../helpers/make-county.js';
import { postsCapacity } from '../../src/rules/posts-capacity.js';
import { planFacts } from '../../src/rules/facts.js';

const HAN = /\p{Script=Han}/u;
const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** An English-headers county (its subjects spelled `english`, `pe`, …), planned. */
let out = '';
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rotate-subject-names-'));
  made.push(dir);
  const county = generateCounty({ teachers: 600, schools: 20, seed: 3, lang: 'en' });
  const files = await writeCounty(dir, county.files, 'utf8');
  out = join(dir, 'plan');
  const r = await planInProcess(files, out, { sets: [{ key: 'plan.year', value: String(YEAR), file: '--set' }] });
  if (r.kind !== 'written') throw new Error(`plan: ${r.kind}`);
}, 120_000);

const answer = async (id: string): Promise<string[]> => {
  const r = await runExplain(out, id);
  if (r.kind !== 'answered') throw new Error(`explain ${id}: ${r.kind}`);
  return r.lines;
};
/** The English half of an answer (after the blank line between the halves). */
const englishHalf = (lines: string[]): string[] => lines.slice(lines.indexOf('') + 1);
/** The rows of a school's subject table (English: header `subject`; Chinese: `学科`), up to the rules line. */
const tableRows = (lines: string[], head: RegExp): string[] => {
  const at = lines.findIndex((l) => head.test(l));
  const rows: string[] = [];
  for (const l of lines.slice(at + 2)) {
    if (!/^ {4}\S/u.test(l) || /^ {4}\(/u.test(l)) break;
    rows.push(l);
  }
  return rows;
};

describe('an English county names its subjects in its own spelling in English outputs', () => {
  it('rotate explain of a school: the English subject table shows the county\'s spelling, the Chinese one the curriculum\'s name', async () => {
    const moves = readPlanCsv(join(out, 'assignments.csv')).rows;
    const from = moves[0]?.['from_school_id'] ?? '';
    const lines = await answer(from);
    const en = tableRows(englishHalf(lines), /^ {4}subject +posts/u);
    expect(en.length).toBeGreaterThan(3);
    expect(en.filter((l) => HAN.test(l))).toEqual([]);
    expect(en.some((l) => /^ {4}english /u.test(l))).toBe(true);
    expect(en.some((l) => /^ {4}pe /u.test(l))).toBe(true);
    const zh = tableRows(lines, /^ {4}学科 +岗位/u);
    expect(zh.some((l) => /^ {4}英语 /u.test(l))).toBe(true);
  });

  it('rotate explain of a moved teacher: the subject in the English shortage line is the one the teacher\'s row spells', async () => {
    const m = readPlanCsv(join(out, 'assignments.csv')).rows[0];
    const lines = englishHalf(await answer(m?.['teacher_id'] ?? ''));
    const line = lines.find((l) => l.startsWith('    shortage ')) ?? '';
    expect(line).toContain(`(${m?.['from_school_id']}) ${m?.['subject']}: `);
    expect(line).not.toMatch(HAN);
  });

  it('report.html: the by-subject chart labels each subject by the county\'s spelling', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const chart = /<svg[^>]*data-chart="shortage-subject"[^]*?<\/svg>/u.exec(html)?.[0] ?? '';
    const labels = [...chart.matchAll(/<text class="label"[^>]*>(?:<title>[^<]*<\/title>)?([^<]*)<\/text>/gu)].map((x) => x[1] ?? '');
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.filter((l) => HAN.test(l))).toEqual([]);
  });

  it('an explain.json written before the names were kept still reads, the subjects then shown by their key', async () => {
    const file = join(out, 'explain.json');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('"subject_names":');
    try {
      writeFileSync(file, text.replace(/\n"subject_names":\{[^\n]*\},/u, '\n'));
      const from = readPlanCsv(join(out, 'assignments.csv')).rows[0]?.['from_school_id'] ?? '';
      const en = tableRows(englishHalf(await answer(from)), /^ {4}subject +posts/u);
      expect(en.some((l) => /^ {4}英语 /u.test(l))).toBe(true);
    } finally {
      writeFileSync(file, text);
    }
  });
});

const teacher = (subjectLabel: string): Teacher => ({ subject: subjectKey(subjectLabel), subjectLabel } as Teacher);
const post = (subjectLabel: string): Post => ({ subject: subjectKey(subjectLabel), subjectLabel } as Post);
const county = (lang: 'zh' | 'en', teachers: Teacher[], posts: Post[] = []): Pick<County, 'lang' | 'teachers' | 'posts'> => ({ lang, teachers, posts });

describe('subjectNameEn', () => {
  it('takes the first spelling the county writes that is not Chinese, teachers before posts', () => {
    const c = county('en', [teacher('体育'), teacher('P.E.'), teacher('PE')], [post('sports')]);
    expect(subjectNameEn(c, '体育')).toBe('P.E.');
    expect(subjectNameEn(county('en', [], [post('Sports')]), '体育')).toBe('Sports');
  });

  it('gives an English county the fixed English name of a subject it never spelled; one it spelled only in Chinese keeps the key', () => {
    const c = county('en', [teacher('english'), teacher('小学道德与法治')]);
    expect(subjectNameEn(c, '英语')).toBe('english');
    expect(subjectNameEn(c, '道德与法治')).toBe('道德与法治');
    expect(subjectNameEn(c, '体育')).toBe('PE');
    expect(subjectNameEn(c, '书法')).toBe('书法');
  });

  it('keeps the key where a Chinese county spelled the subject in Chinese', () => {
    const c = county('zh', [teacher('小学语文'), teacher('语文')]);
    expect(subjectNameEn(c, '语文')).toBe('语文');
    expect(subjectNameEn(c, '体育')).toBe('体育');
    expect(subjectNameEn(county('zh', [teacher('Music')]), '音乐')).toBe('Music');
  });

  it('takes no cell of several subjects as the spelling of the first', () => {
    const c = county('en', [{ subject: '音乐', subjectLabel: 'music/art' } as Teacher, teacher('Music')]);
    expect(subjectNameEn(c, '音乐')).toBe('Music');
  });

  it('has fixed names the subjects are read back from', () => {
    for (const [key, name] of Object.entries(SUBJECT_NAMES_EN)) expect(subjectKey(name)).toBe(key);
  });
});

describe('rule and lock texts of an English county name the subject as the county does', () => {
  /** Ten urban teachers of one subject, one locked into a rural school whose one post is filled. */
  const locked = (lang: 'zh' | 'en', label: string) => {
    const key = subjectKey(label);
    const c = makeCounty([school('U', 'urban'), school('R', 'rural')], [...teachers('u', 10, 'U', key, { subjectLabel: label }), ...teachers('r', 1, 'R', key, { subjectLabel: label, yearsAtSchool: 2 })], [postsOf('U', key, 10), { ...postsOf('R', key, 1), subjectLabel: label }], [lock('u003', 'move', 'R')]);
    return { ...c, lang };
  };

  it('a lock into full posts, and the check of the posts a plan fills', () => {
    const [p] = postsCapacity.locksTogether?.(context(locked('en', 'chinese'))) ?? [];
    expect(p?.failure.en).toBe('1 teacher is locked into chinese at R (u003), which has 1 post and 1 teacher: room for 0 at most');
    expect(p?.hint.en).toContain('add chinese posts');
    expect(p?.failure.zh).toContain('「语文」');
    const check = postsCapacity.check(planFacts(locked('en', 'chinese'), policy(), [{ teacherId: 'u003', fromSchoolId: 'U', toSchoolId: 'R' }]));
    expect(check.failures[0]?.en).toBe('R chinese: 2 teachers after, 1 post');
  });

  it('a Chinese county\'s are as before', () => {
    const [p] = postsCapacity.locksTogether?.(context(locked('zh', '语文'))) ?? [];
    expect(p?.failure.en).toBe('1 teacher is locked into 语文 at R (u003), which has 1 post and 1 teacher: room for 0 at most');
  });
});
