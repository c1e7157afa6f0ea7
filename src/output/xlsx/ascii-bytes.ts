/**
 * ASCII text written straight into bytes, the buffer growing as it fills. A worksheet's XML is
 * all ASCII (its texts are shared strings, its cells hold their numbers), so it is written as the
 * bytes the archive compresses, without first building it as a string and encoding that: an
 * 80,000-teacher plan's sheets are 32 MB of XML.
 */
export class AsciiBytes {
  private buffer: Uint8Array;
  /** Where the text written starts in the buffer: room kept before it for a head written last (see framed). */
  private readonly front: number;
  /** Where the next byte goes. */
  private at: number;

  /**
   * @param size bytes to start with (the buffer doubles when full)
   * @param front bytes kept free before the text for {@link framed}'s head
   */
  constructor(size = 1 << 16, front = 0) {
    this.front = front;
    this.at = front;
    this.buffer = new Uint8Array(Math.max(16, front + size));
  }

  /** Bytes written so far. */
  get length(): number {
    return this.at - this.front;
  }

  /**
   * Makes room for `total` bytes written in all, at once: a writer that knows about how much is
   * coming grows its buffer once instead of doubling it (and copying what it holds) each time.
   */
  reserve(total: number): void {
    if (this.front + total > this.buffer.length) this.grow(this.front + total);
  }

  /** Writes `text`, which must be ASCII (a wider character would be a wrong byte: it throws). */
  text(text: string): void {
    this.room(text.length);
    this.at = put(this.buffer, this.at, text);
  }

  /** Writes a whole number ≥ 0 in decimal, as String(n) would. */
  digits(n: number): void {
    let size = 1;
    for (let p = 10; p <= n; p *= 10) size++;
    this.room(size);
    let at = this.at + size;
    this.at = at;
    let rest = n;
    do {
      this.buffer[--at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  /** Writes bytes as they are. */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** The bytes written (a view of the buffer: nothing is written after). */
  done(): Uint8Array {
    return this.buffer.subarray(this.front, this.at);
  }

  /**
   * `head`, the bytes written, then `tail` (both ASCII), as one view of the buffer: the head goes
   * into the room kept before the text, so the text is not copied, unless the head is longer than
   * that room. Nothing is written after.
   */
  framed(head: string, tail: string): Uint8Array {
    this.text(tail);
    if (head.length > this.front) {
      const out = new AsciiBytes(head.length + this.length);
      out.text(head);
      out.bytes(this.done());
      return out.done();
    }
    const start = this.front - head.length;
    put(this.buffer, start, head);
    return this.buffer.subarray(start, this.at);
  }

  private room(more: number): void {
    if (this.at + more <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.at + more) size *= 2;
    this.grow(size);
  }

  private grow(size: number): void {
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.at));
    this.buffer = grown;
  }
}

/** Writes the ASCII `text` into `buffer` at `at` (it must fit); where the next byte goes. */
function put(buffer: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) throw new Error(`not ASCII: ${JSON.stringify(text)}`);
    buffer[at++] = c;
  }
  return at;
}
