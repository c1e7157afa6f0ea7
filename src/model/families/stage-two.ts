import type { Family } from '../family.js';

/*
 * Terms about individual teachers. The counting model decides how many of a group leave and
 * arrive; which teachers go and to which school is then chosen to serve these terms, and their
 * values are reported with the objective.
 */

export const preference: Family = {
  name: 'preference',
  kind: 'soft',
  zh: '满足教师志愿学校',
  en: 'teachers go to schools they asked for',
  relaxable: false,
  build: () => undefined,
};

export const homeTownship: Family = {
  name: 'home_township',
  kind: 'soft',
  zh: '交流到家庭所在乡镇',
  en: 'teachers go to their home township',
  relaxable: false,
  build: () => undefined,
};

export const priority: Family = {
  name: 'priority',
  kind: 'soft',
  zh: '优先交流任教年限长者、评高级职称需乡村经历者',
  en: 'those longest at the school, and urban teachers who need rural service for a senior title, go first',
  relaxable: false,
  build: () => undefined,
};
