/**
 * explain.json read a line at a time. explain-file.ts writes the head's fields, then one school per
 * line and one teacher per line, and no text in it holds a raw newline (JSON escapes them): the
 * line of a teacher whose 工号 is `000123` is the one holding `"000123"`. A clerk asking about one
 * teacher needs the head, that teacher's line and the lines it points to, not the county's 80,000
 * lines parsed and checked (most of the time and memory `rotate explain` took).
 */
import { someOfCompact, type CompactRows } from './explain-compact.js';
import { compactHead, schoolRow, teacherRow, type Compact, type ExplainFile } from './explain-layout.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const SCHOOLS = Buffer.from(',\n"schools":[\n');
const TEACHERS = Buffer.from('\n],\n"teachers":[\n');
const END = Buffer.from('\n]}\n');
const NEWLINE = 0x0a;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x5b;
const [ZERO, NINE] = [0x30, 0x39];

/**
 * The school (element 4, a position in schools) of the teacher row whose line starts at `p`, read
 * from its bytes: `["id","name",subject,backbone,school,…`. Undefined where the row is not written
 * so (a text where a position is expected): the caller reads the file whole.
 */
function schoolField(buf: Buffer, p: number): number | undefined {
  if (buf[p++] !== OPEN) return undefined;
  for (let k = 0; k < 2; k++) {
    if (buf[p++] !== QUOTE) return undefined;
    for (let b = buf[p]; b !== QUOTE; b = buf[p]) {
      if (b === undefined) return undefined;
      p += b === BACKSLASH ? 2 : 1;
    }
    if (buf[p + 1] !== COMMA) return undefined;
    p += 2;
  }
  for (let k = 0; k < 3; k++) {
    let n = 0;
    const from = p;
    for (let b = buf[p]; b !== undefined && b >= ZERO && b <= NINE; b = buf[++p]) n = n * 10 + (b - ZERO);
    if (p === from || buf[p++] !== COMMA) return undefined;
    if (k === 2) return n;
  }
  return undefined;
}

/** The lines of one list of the file: where each starts (rows are separated by `,\n`). */
class Lines {
  readonly starts: number[] = [];
  constructor(
    private readonly buf: Buffer,
    start: number,
    private readonly end: number,
  ) {
    for (let p = start; p < end; ) {
      this.starts.push(p);
      const q = buf.indexOf(NEWLINE, p);
      p = q === -1 || q >= end ? end : q + 1;
    }
  }
  /** The row at a position, as text; undefined when there is none, or its line is not one row. */
  row(i: number): string | undefined {
    const from = this.starts[i];
    if (from === undefined) return undefined;
    const next = this.starts[i + 1];
    if (next !== undefined && this.buf[next - 2] !== COMMA) return undefined;
    return utf8.decode(this.buf.subarray(from, next === undefined ? this.end : next - 2));
  }
  /** The positions of the teacher rows at the school at `school` (element 4); undefined where a row does not tell. */
  atSchool(school: ReadonlySet<number>): number[] | undefined {
    const out: number[] = [];
    for (const [i, p] of this.starts.entries()) {
      const at = schoolField(this.buf, p);
      if (at === undefined) return undefined;
      if (school.has(at)) out.push(i);
    }
    return out;
  }
  /** The positions of the rows whose line holds `needle`, in order, each once. */
  holding(needle: Buffer): number[] {
    const out: number[] = [];
    const first = this.starts[0];
    for (let at = first === undefined ? -1 : this.buf.indexOf(needle, first); at !== -1 && at < this.end; ) {
      const i = this.lineOf(at);
      out.push(i);
      const next = this.starts[i + 1];
      at = next === undefined ? -1 : this.buf.indexOf(needle, next);
    }
    return out;
  }
  /** The position of the row whose line holds byte `at` (`at` within the list). */
  private lineOf(at: number): number {
    let [lo, hi] = [0, this.starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Rows read from their lines when asked for, each checked against its schema; `unread` counts lines that are not a row of their list. */
class LineRows implements CompactRows {
  unread = 0;
  private readonly schools = new Map<number, Compact['schools'][number] | undefined>();
  private readonly teachers = new Map<number, Compact['teachers'][number] | undefined>();
  constructor(
    readonly schoolLines: Lines,
    readonly teacherLines: Lines,
  ) {}
  school(i: number): Compact['schools'][number] | undefined {
    if (!this.schools.has(i)) this.schools.set(i, this.parsed(this.schoolLines, i, (v) => schoolRow.safeParse(v).data));
    return this.schools.get(i);
  }
  teacher(i: number): Compact['teachers'][number] | undefined {
    if (!this.teachers.has(i)) this.teachers.set(i, this.parsed(this.teacherLines, i, (v) => teacherRow.safeParse(v).data));
    return this.teachers.get(i);
  }
  private parsed<T>(lines: Lines, i: number, check: (v: unknown) => T | undefined): T | undefined {
    if (!Number.isInteger(i) || i < 0 || i >= lines.starts.length) return undefined;
    let row: T | undefined;
    try {
      const text = lines.row(i);
      row = text === undefined ? undefined : check(JSON.parse(text));
    } catch {
      row = undefined;
    }
    if (row === undefined) this.unread++;
    return row;
  }
}

/**
 * The explanation of every teacher whose 工号 or 姓名 is `key` and every school whose code or name
 * is `key`, with those teachers' schools and those schools' teachers (a school's answer lists who
 * stays), read from their lines of explain.json, each row read and checked as the whole file's would
 * be. Undefined when the file is not laid out as explain-file.ts writes it, or any line it needs does
 * not read: the caller reads the file whole. Only for a file with the bytes `rotate plan` wrote (a
 * row not read is not checked).
 */
export function explainRowsOf(bytes: Uint8Array, key: string, file: string): ExplainFile | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const schoolsAt = buf.indexOf(SCHOOLS);
  const teachersAt = schoolsAt === -1 ? -1 : buf.indexOf(TEACHERS, schoolsAt);
  const endAt = buf.length - END.length;
  if (teachersAt === -1 || endAt < teachersAt || !buf.subarray(endAt).equals(END)) return undefined;
  let head;
  try {
    head = compactHead.safeParse(JSON.parse(`${utf8.decode(buf.subarray(0, schoolsAt))}}`));
  } catch {
    return undefined;
  }
  if (!head.success) return undefined;
  const rows = new LineRows(new Lines(buf, schoolsAt + SCHOOLS.length, teachersAt), new Lines(buf, teachersAt + TEACHERS.length, endAt));
  const needle = Buffer.from(JSON.stringify(key));
  const named = (x: readonly unknown[] | undefined): boolean => x?.[0] === key || x?.[1] === key;
  const schools = new Set(rows.schoolLines.holding(needle).filter((i) => named(rows.school(i))));
  const teachers = new Set(rows.teacherLines.holding(needle).filter((i) => named(rows.teacher(i))));
  if (schools.size > 0) {
    const staff = rows.teacherLines.atSchool(schools);
    if (staff === undefined) return undefined;
    for (const i of staff) teachers.add(i);
  }
  for (const i of teachers) {
    const at = rows.teacher(i)?.[4];
    if (typeof at === 'number') schools.add(at);
  }
  const inOrder = (xs: Set<number>): number[] => [...xs].sort((a, b) => a - b);
  const e = someOfCompact(head.data, rows, file, inOrder(teachers), inOrder(schools));
  return rows.unread === 0 ? e : undefined;
}
