/**
 * A workbook's shared strings: every text of every sheet once, numbered in the order first used
 * (xl/sharedStrings.xml), with the columns each one takes on screen, measured once per text
 * rather than once per cell (a county's reasons and names repeat across its sheets).
 */
import { displayWidth } from '../display-width.js';
import { Interned } from '../interned.js';

export class SharedStrings {
  private readonly texts = new Interned();
  private readonly widths: number[] = [];

  /** The texts, by number. */
  get list(): readonly string[] {
    return this.texts.list;
  }

  /** The number of `text`, given it (and its width measured) when new. */
  index(text: string): number {
    const known = this.texts.list.length;
    const i = this.texts.index(text);
    if (i === known) this.widths.push(displayWidth(text));
    return i;
  }

  /** Columns the text of number `i` takes (a CJK character counts 2). */
  width(i: number): number {
    return this.widths[i] ?? 0;
  }
}
