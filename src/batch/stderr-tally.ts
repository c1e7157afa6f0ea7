/**
 * What a county's run printed on standard error, kept for the batch's lines: its first and last
 * few thousand characters and the count of every non-empty line. A county with sixty bad rows
 * prints more than either end keeps; its heading (输入有误 …, 无法同时满足以下硬性规则 …) is at the
 * start, its count must be of all of them.
 */
const KEEP = 4000;

export class StderrTally {
  private head = '';
  private tail = '';
  private seen = 0;
  private count = 0;
  private open = false;

  /** Takes the next piece of text as it arrives. */
  add(text: string): void {
    if (this.head.length < KEEP) this.head += text.slice(0, KEEP - this.head.length);
    this.tail = (this.tail + text).slice(-KEEP);
    this.seen += text.length;
    const parts = text.split('\n');
    for (const [i, part] of parts.entries()) {
      if (part.trim() !== '') this.open = true;
      if (i < parts.length - 1) {
        if (this.open) this.count++;
        this.open = false;
      }
    }
  }

  /** Non-empty lines printed, all of them (a last line without its newline included). */
  get lines(): number {
    return this.count + (this.open ? 1 : 0);
  }

  /** The first `n` non-empty lines (a line cut by the kept length is left out). */
  first(n: number): string[] {
    const parts = this.head.split('\n');
    if (this.seen > this.head.length) parts.pop();
    return parts.map((l) => l.trimEnd()).filter((l) => l.trim() !== '').slice(0, n);
  }

  /** The last `n` non-empty lines (a line cut by the kept length is left out). */
  last(n: number): string[] {
    const parts = this.tail.split('\n');
    if (this.seen > this.tail.length) parts.shift();
    return parts.map((l) => l.trimEnd()).filter((l) => l.trim() !== '').slice(-n);
  }
}
