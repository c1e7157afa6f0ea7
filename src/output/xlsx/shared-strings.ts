/**
 * A workbook's shared strings: every text of every sheet once, numbered in the order first used
 * (xl/sharedStrings.xml), with the columns each one takes on screen, measured once per text
 * rather than once per cell (a county's reasons and names repeat across its sheets).
 */
import { displayWidth } from '../display-width.js';

export class SharedStrings {
  /** The texts, by number. */
  readonly list: string[] = [];
  private readonly widths: number[] = [];
  private readonly numbers = new Map<string, number>();

  /** The number of `text`, given it when new. */
  index(text: string): number {
    let i = this.numbers.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.widths.push(displayWidth(text));
      this.numbers.set(text, i);
    }
    return i;
  }

  /** Columns the text of number `i` takes (a CJK character counts 2). */
  width(i: number): number {
    return this.widths[i] ?? 0;
  }
}
