import { describe, expect, it } from 'vitest';
import { exchangeTerm } from '../../src/domain/term.js';
import type { MoveRow } from '../../src/plan-folder/assignments-file.js';
import { rosterCsv, type RosterTerms } from '../../src/plan-folder/roster-file.js';
import { rosterSummary } from '../../src/text/roster-text.js';

const term = exchangeTerm({ year: 2026, month: 8, day: 31 }, 3);
const move = { teacher_id: '000001', name: 'Wang Lan', subject: 'english', backbone: 'none', from_school_id: '341122001', from_school: 'Chengguan No. 1 Primary School', to_school_id: '341122049', to_school: 'Sungang Wuzhuang Primary School', to_teaching_stage: 'primary', direction: 'urban→rural' } as unknown as MoveRow;

/** The roster's cells of exchange_type and transfer_personnel, as its CSV writes them. */
const cells = (lang: 'zh' | 'en', r: RosterTerms): string[] => rosterCsv([move], lang, r).split('\r\n')[1]!.split(',').slice(2, 4);

describe('the terminal line of a roster written', () => {
  it('gives an English plan its roster\'s values in English: it read 交流轮岗类型 交流, 是否调动人事关系 否 beside a roster.csv of exchange and no', () => {
    const plain: RosterTerms = { term, exchangeType: '交流', transferPersonnel: false };
    const en = rosterSummary(196, 'en', plain);
    expect(en).toBe('  196 moves, exchange_type exchange, transfer_personnel no, term 2026-09 – 2029-08');
    expect(en).not.toMatch(/\p{Script=Han}/u);
    const [type, transfer] = cells('en', plain);
    expect(en).toContain(`exchange_type ${type}, transfer_personnel ${transfer},`);
    const other: RosterTerms = { term, exchangeType: '支教', transferPersonnel: true };
    const [type2, transfer2] = cells('en', other);
    expect(rosterSummary(1, 'en', other)).toBe(`  1 move, exchange_type ${type2}, transfer_personnel ${transfer2}, term 2026-09 – 2029-08`);
    expect([type2, transfer2]).toEqual(['support teaching', 'yes']);
  });

  it('is as before for a Chinese plan', () => {
    const plain: RosterTerms = { term, exchangeType: '交流', transferPersonnel: false };
    expect(rosterSummary(108, 'zh', plain)).toBe('  交流 108 人, 交流轮岗类型 交流, 是否调动人事关系 否, 期限 term 2026-09 – 2029-08');
    expect(cells('zh', plain)).toEqual(['交流', '否']);
  });
});
