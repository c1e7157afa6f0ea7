import type { Family } from '../family.js';

/*
 * Rules that hold by the shape of the model rather than by rows: a teacher is counted in one
 * group and leaves at most once; a group's movers arrive in the same subject; only eligible
 * teachers who are not locked to stay are counted as free to leave; a move lock is a lower bound.
 * Each is still checked on the final plan by the independent verifier.
 */

export const oneDestination: Family = {
  name: 'one_destination',
  kind: 'hard',
  zh: '每名教师至多调往一所学校',
  en: 'each teacher goes to at most one school',
  relaxable: false,
  build: () => undefined,
};

export const sameSubject: Family = {
  name: 'same_subject',
  kind: 'hard',
  zh: '交流教师在流入学校任教同一学科',
  en: 'a rotated teacher teaches the same subject at the destination',
  relaxable: false,
  build: () => undefined,
};

export const eligibilityRule: Family = {
  name: 'eligibility',
  kind: 'hard',
  zh: '只交流符合条件的教师（任教年限、免交流、临近退休、校长任期）',
  en: 'only eligible teachers rotate (years at school, exemptions, near retirement, principals\' terms)',
  relaxable: false,
  build: () => undefined,
};

export const locks: Family = {
  name: 'locks',
  kind: 'hard',
  zh: '人工锁定（留任、调往、禁止）必须遵守',
  en: 'human locks (stay, move, forbid) hold',
  relaxable: false,
  build: () => undefined,
};
