/**
 * The roster's person columns (性别, 出生年月, 学历, 职称): what a province's 交流人员花名册 asks of
 * each exchanged teacher beside the national sub-table, taken from the teachers file the plan was
 * made from (`rotate roster --teachers`). Only the columns that file gives are written; the values
 * are the ones rotate read (男/女, the year-month as YYYYMM, the level of 学历 and 职称), never any
 * other cell of the file (no 身份证件号, whatever the file holds).
 */
import { GENDER_WORDS, TITLE_WORDS } from '../domain/person-words.js';
import type { Degree, Gender, Lang, Teacher, Title } from '../domain/types.js';
import type { Column } from '../output/csv.js';
import type { MoveRow } from './assignments-file.js';

/** A person column, by the key the teachers file's header is read as. */
export type PersonColumn = 'gender' | 'birth' | 'degree' | 'title';

/** The person columns in the roster's order. */
export const PERSON_COLUMNS: readonly PersonColumn[] = ['gender', 'birth', 'degree', 'title'];

/** The facts of one teacher the roster may write. */
export interface PersonFacts {
  gender?: Gender;
  /** 出生年月 (or 出生年份 alone: month undefined). */
  birth?: { year: number; month?: number };
  degree?: Degree;
  title?: Title;
}

/** The person columns a roster writes and each exchanged teacher's facts, by 工号. */
export interface RosterPeople {
  /** In {@link PERSON_COLUMNS} order; only those the teachers file gives. */
  columns: readonly PersonColumn[];
  facts: ReadonlyMap<string, PersonFacts>;
}

/** A teacher as read from the teachers file, reduced to what the roster may write. */
export function personFacts(t: Teacher): PersonFacts {
  const year = t.birthDate?.year ?? t.birthYear;
  const month = t.birthDate?.month;
  return {
    ...(t.gender !== undefined && { gender: t.gender }),
    ...(year !== undefined && { birth: month === undefined ? { year } : { year, month } }),
    ...(t.degree !== undefined && { degree: t.degree }),
    title: t.title,
  };
}

const DEGREE: Readonly<Record<Degree, string>> = { postgraduate: '研究生', bachelor: '本科', associate: '专科', secondary: '高中及以下' };

/** 出生年月 as the national system writes a year-month: YYYYMM (the year alone where only it is known). */
export function birthCode(b: { year: number; month?: number }): string {
  return b.month === undefined ? String(b.year) : `${b.year}${String(b.month).padStart(2, '0')}`;
}

/** The header names of each person column, in both languages. */
export const PERSON_HEADERS: Readonly<Record<PersonColumn, { zh: string; en: string }>> = {
  gender: { zh: '性别', en: 'gender' },
  birth: { zh: '出生年月', en: 'birth_month' },
  degree: { zh: '学历', en: 'degree' },
  title: { zh: '职称', en: 'title' },
};

/** The roster's person columns, values in the plan's language; a cell is blank where the file's is. */
export function personColumns(people: RosterPeople, lang: Lang): Column<MoveRow>[] {
  const of = (m: MoveRow): PersonFacts => people.facts.get(m.teacher_id) ?? {};
  const value: Record<PersonColumn, (f: PersonFacts) => string> = {
    gender: (f) => (f.gender === undefined ? '' : GENDER_WORDS[f.gender][lang]),
    birth: (f) => (f.birth === undefined ? '' : birthCode(f.birth)),
    degree: (f) => (f.degree === undefined ? '' : lang === 'zh' ? DEGREE[f.degree] : f.degree),
    title: (f) => (f.title === undefined ? '' : lang === 'zh' ? TITLE_WORDS[f.title].zh : f.title),
  };
  return people.columns.map((c) => ({ ...PERSON_HEADERS[c], get: (m: MoveRow) => value[c](of(m)) }));
}
