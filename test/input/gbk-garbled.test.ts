import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { utf8ReadAsGbk } from '../../src/input/gbk-garbled.js';

/** Text as Excel on Chinese Windows shows a UTF-8 file without a BOM: its bytes read as GBK. */
const garble = (text: string): string => iconv.decode(Buffer.from(text, 'utf8'), 'gbk');

describe('UTF-8 text read as GBK', () => {
  it('is restored where its bytes are all there: headers and the words of a locks file', () => {
    for (const text of ['工号', '操作', '学校代码', '交流学校代码', '处理结果', '留任', '调往']) {
      expect(garble(text), text).not.toBe(text);
      expect(utf8ReadAsGbk(garble(text)), text).toBe(text);
    }
  });

  it('is not restored where Excel lost a byte (an odd count), nor is real text, Chinese or not', () => {
    expect(utf8ReadAsGbk(garble('李建建'))).toBeNull();
    for (const text of ['学校代码', 'teacher_id', 'Müller', '000001', '']) expect(utf8ReadAsGbk(text), text).toBeNull();
  });

  it('leaves every cell of the sample county alone (names, schools, subjects, reasons are never taken for garbled text)', () => {
    const data = join(import.meta.dirname, '../../data');
    const cells = readdirSync(data).flatMap((f) => readFileSync(join(data, f), 'utf8').split(/[\r\n,]+/u));
    expect(cells.length).toBeGreaterThan(10_000);
    expect(cells.filter((c) => utf8ReadAsGbk(c) !== null)).toEqual([]);
  });
});
