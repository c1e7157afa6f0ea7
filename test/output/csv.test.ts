/** The plan's CSV tables as Excel opens them: BOM, CRLF, a cell quoted exactly when it must be, formulas defused. */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'csv-stringify/sync';
import type { Lang } from '../../src/domain/types.js';
import { excelSafe, formatNumber, toCsv, type Column } from '../../src/output/csv.js';

type Row = Record<string, string | number | boolean | undefined>;
const columns = (keys: readonly string[]): Column<Row>[] => keys.map((k) => ({ en: k, zh: `列${k}`, get: (r) => r[k] }));

describe('toCsv', () => {
  it('quotes a cell holding a quote, a comma, CR or LF, doubles its quotes, and leaves every other cell bare', () => {
    const rows: Row[] = [
      { a: 'plain', b: '符合条件, 本次未安排交流', c: 'say "yes"' },
      { a: 'two\nlines', b: 'cr\ronly', c: 'crlf\r\nend' },
      { a: '', b: undefined, c: '全角，逗号' },
      { a: '=SUM(A1)', b: '-3', c: '@x' },
      { a: 1.5, b: true, c: 7 },
    ];
    const text = toCsv(columns(['a', 'b', 'c']), rows, 'zh');
    expect(text).toBe(
      '\uFEFF列a,列b,列c\r\n' +
        'plain,"符合条件, 本次未安排交流","say ""yes"""\r\n' +
        '"two\nlines","cr\ronly","crlf\r\nend"\r\n' +
        ',,全角，逗号\r\n' +
        "'=SUM(A1),'-3,'@x\r\n" +
        '1.5,是,7\r\n',
    );
  });

  it('reads back cell for cell with csv-parse, whatever the text', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '汉', ',', '"', '\r', '\n', ' ', '\'', 'x') });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 20 }), (pairs) => {
        // Cells that start like a formula get an apostrophe; the others must come back unchanged.
        const safe = pairs.map(([a, b]) => ({ a: `x${a}`, b: `y${b}` }));
        const text = toCsv(columns(['a', 'b']), safe, 'en');
        expect(text.startsWith('\uFEFFa,b\r\n')).toBe(true);
        const back = parse(text.slice(1), { record_delimiter: '\r\n' }) as string[][];
        expect(back).toEqual([['a', 'b'], ...safe.map((r) => [r.a, r.b])]);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the bytes csv-stringify writes for the whole table, whatever the cells', () => {
    const cell = fc.oneof(fc.string({ unit: fc.constantFrom('a', '汉', ',', '"', '\r', '\n', ' ', '=', '-', ';', '\t', '\uFEFF') }), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(undefined));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 20 }), fc.constantFrom<Lang>('zh', 'en'), (triples, lang) => {
        const rows: Row[] = triples.map(([a, b, c]) => ({ a, b, c }));
        const cols = columns(['a', 'b', 'c']);
        const table = [cols.map((c) => (lang === 'zh' ? c.zh : c.en)), ...rows.map((r) => cols.map((c) => cellText(c.get(r), lang)))];
        expect(toCsv(cols, rows, lang)).toBe(stringify(table, { bom: true, record_delimiter: '\r\n', quoted_match: /[",\r\n]/ }));
      }),
      { numRuns: 500 },
    );
  });
});

/** A cell as toCsv writes it before quoting (the same reading of numbers, yes/no and formulas). */
function cellText(v: string | number | boolean | undefined, lang: Lang): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return lang === 'zh' ? (v ? '是' : '否') : v ? 'yes' : 'no';
  return excelSafe(v);
}
