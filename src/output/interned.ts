/** Texts each stored once, numbered in the order first seen (explain.json's strings, a workbook's shared strings). */
export class Interned {
  /** The texts, by number. */
  readonly list: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** The number of `text`, given it when new. */
  index(text: string): number {
    let i = this.numbers.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.numbers.set(text, i);
    }
    return i;
  }
}
