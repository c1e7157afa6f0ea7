/**
 * ASCII text written straight into bytes, the buffer growing as it fills. A worksheet's XML is
 * all ASCII (its texts are shared strings, its cells hold their numbers), so it is written as the
 * bytes the archive compresses, without first building it as a string and encoding that: an
 * 80,000-teacher plan's sheets are 32 MB of XML.
 */
export class AsciiBytes {
  private buffer: Uint8Array;
  /** Bytes written so far. */
  length = 0;

  /** @param size bytes to start with (the buffer doubles when full). */
  constructor(size = 1 << 16) {
    this.buffer = new Uint8Array(Math.max(16, size));
  }

  /** Writes `text`, which must be ASCII (a wider character would be a wrong byte: it throws). */
  text(text: string): void {
    this.room(text.length);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x7f) throw new Error(`not ASCII: ${JSON.stringify(text)}`);
      buffer[at++] = c;
    }
    this.length = at;
  }

  /** Writes a whole number ≥ 0 in decimal, as String(n) would. */
  digits(n: number): void {
    let size = 1;
    for (let p = 10; p <= n; p *= 10) size++;
    this.room(size);
    let at = this.length + size;
    this.length = at;
    let rest = n;
    do {
      this.buffer[--at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  /** Writes bytes as they are. */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** The bytes written (a view of the buffer: nothing is written after). */
  done(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private room(more: number): void {
    if (this.length + more <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + more) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
