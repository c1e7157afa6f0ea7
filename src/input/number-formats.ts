/**
 * The workbook library's number formatter (SSF) for the plain-.xlsx reader, from the library's
 * mini build, loaded synchronously the first time a number cell needs it (about 25 ms; the full
 * build and its code pages take 150-250 ms, which a roster of text and whole numbers never needs).
 * The same formatter as the full build's: the same package and version.
 */
import { miniBuild, type NumberFormats } from '../xlsx-mini-build.js';

/** The formatter, and the number format of every id a workbook may use without defining it. */
export interface FormatLibrary {
  ssf: NumberFormats;
  builtIn: ReadonlyMap<number, string>;
}

/**
 * Formats of the ids Excel and WPS use without writing them down (the locale's built-ins: 27-36
 * and 50-58 are the Chinese, Japanese and Korean dates and times, 31 is 2001年3月14日), as the
 * library fills them in (SheetJS CE's `SSFImplicit`, Apache-2.0; a test checks this copy against
 * the library). The library fills one in only after taking the cell's format, so the first cell
 * of such an id reads as a plain number (a date as its serial, 29312) and the later ones as
 * formatted; here every cell reads as formatted.
 */
// 56 is left out: the library's own table has it (上午/下午 hh時mm分ss秒), so its fill-in never applies.
const IMPLICIT: readonly [number, string][] = [
  [5, '"$"#,##0_);\\("$"#,##0\\)'],
  [6, '"$"#,##0_);[Red]\\("$"#,##0\\)'],
  [7, '"$"#,##0.00_);\\("$"#,##0.00\\)'],
  [8, '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)'],
  ...[23, 24, 25, 26].map((id): [number, string] => [id, 'General']),
  ...[27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 55, 57, 58, 71, 72].map((id): [number, string] => [id, 'm/d/yy']),
  ...[32, 33, 34, 35, 77].map((id): [number, string] => [id, 'h:mm:ss']),
  [41, '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)'],
  [42, '_("$"* #,##0_);_("$"* (#,##0);_("$"* "-"_);_(@_)'],
  [43, '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)'],
  [44, '_("$"* #,##0.00_);_("$"* (#,##0.00);_("$"* "-"??_);_(@_)'],
  [59, '0'],
  [60, '0.00'],
  [61, '#,##0'],
  [62, '#,##0.00'],
  [63, '"$"#,##0_);\\("$"#,##0\\)'],
  [64, '"$"#,##0_);[Red]\\("$"#,##0\\)'],
  [65, '"$"#,##0.00_);\\("$"#,##0.00\\)'],
  [66, '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)'],
  [67, '0%'],
  [68, '0.00%'],
  [69, '# ?/?'],
  [70, '# ??/??'],
  [73, 'd-mmm-yy'],
  [74, 'd-mmm'],
  [75, 'mmm-yy'],
  [76, 'h:mm'],
  [78, 'm/d/yy h:mm'],
  [79, 'mm:ss'],
  [80, '[h]:mm:ss'],
  [81, 'mmss.0'],
];

/** The library's own fill-ins, for checking this copy against it. */
export const IMPLICIT_FORMATS: ReadonlyMap<number, string> = new Map(IMPLICIT);

let loaded: FormatLibrary | undefined;

/** Loaded once per process. Its table is taken at load: nothing reads or writes workbooks with this build (the plan's workbook only borrows its DEFLATE), so it is the table the build starts with. */
export function formatLibrary(): FormatLibrary {
  if (!loaded) {
    const mini = miniBuild();
    const builtIn = new Map<number, string>();
    for (const [id, f] of Object.entries(mini.SSF.get_table())) if (typeof f === 'string') builtIn.set(Number(id), f);
    for (const [id, f] of IMPLICIT) if (!builtIn.has(id)) builtIn.set(id, f);
    loaded = { ssf: mini.SSF, builtIn };
  }
  return loaded;
}
