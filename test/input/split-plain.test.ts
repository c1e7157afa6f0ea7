import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { splitPlain } from '../../src/input/split-plain.js';

/** The records csv-parse gives, with the options parse-csv.ts reads with; null when it refuses the text. */
function csvParse(text: string, delimiter: string): string[][] | null {
  const rows: string[][] = [];
  try {
    parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, on_record: (r: string[]) => void rows.push(r) });
    return rows;
  } catch {
    return null;
  }
}

/** The records splitPlain gives, or null when it leaves the text to csv-parse. */
function plain(text: string, delimiter: string): string[][] | null {
  const rows: string[][] = [];
  return splitPlain(text, delimiter, (r) => rows.push(r)) ? rows : null;
}

const DELIMITERS = [',', '\t', ';', '，'] as const;

describe('splitPlain', () => {
  it('reads plain rows, quoted cells, doubled quotes, line ends inside quotes and blank lines', () => {
    expect(plain('a,b\n1,2\n', ',')).toEqual([['a', 'b'], ['1', '2']]);
    expect(plain('"a,b","say ""hi"""\n"x\ny",\n\nz', ',')).toEqual([['a,b', 'say "hi"'], ['x\ny', ''], [''], ['z']]);
    expect(plain('', ',')).toEqual([]);
    expect(plain('\n', ',')).toEqual([['']]);
  });

  it('reads many thousand lines, quoted cells among them, as csv-parse does (lines are split in batches)', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => (i % 4999 === 7 ? `${i},"名\n""${i}"",x",` : i % 3001 === 0 ? '' : `${i},王${i % 97},${i % 5}`));
    for (const text of [lines.join('\n'), `${lines.join('\n')}\n`, `"q",1\n${lines.join('\n')}`]) {
      const ours = plain(text, ',');
      expect(ours).toEqual(csvParse(text, ','));
      expect(ours?.length).toBeGreaterThan(19_990);
    }
  });

  it('leaves to csv-parse what Excel does not write', () => {
    for (const text of ['a"b,c', '"a"b,c', '"a" ,c', '"abc', 'a,"b', 'a\r\nb', 'a,\uD800']) expect(plain(text, ',')).toBeNull();
    expect(plain('a"b', '"')).toBeNull();
  });

  it('agrees with csv-parse on any text it reads', () => {
    const part = fc.oneof(
      { arbitrary: fc.constantFrom('a', '中', ' ', '\n', ',', ';', '\t', '，', '\n\n'), weight: 12 },
      { arbitrary: fc.constantFrom('"', '""', ',"', '"\n', '\n"'), weight: 1 },
    );
    let read = 0;
    fc.assert(
      fc.property(fc.array(part, { maxLength: 40 }), fc.constantFrom(...DELIMITERS), (parts, d) => {
        const t = parts.join('');
        const ours = plain(t, d);
        if (ours !== null) read++;
        if (ours !== null) expect(ours).toEqual(csvParse(t, d));
      }),
      { numRuns: 3000 },
    );
    // Most of the texts are read, quoted ones among them.
    expect(read).toBeGreaterThan(1500);
  });

  it('reads whatever a spreadsheet writes, as csv-parse does', () => {
    const cell = fc.array(fc.constantFrom('a', '王', ' ', '"', '\n', ',', ';', '\t', '，', '0'), { maxLength: 6 }).map((p) => p.join(''));
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, fc.constantFrom(...DELIMITERS), (rows, d) => {
        const text = stringify(rows, { delimiter: d, record_delimiter: '\n', quoted_match: /^[ \t]|[ \t]$/u });
        const ours = plain(text, d);
        expect(ours).not.toBeNull();
        expect(ours).toEqual(csvParse(text, d));
      }),
      { numRuns: 1000 },
    );
  });
});
