// Reads every .xlsx in a folder twice, with rotate's plain-.xlsx reader and with the workbook
// library, and says for each whether the plain reader took it and, if so, whether the two read the
// same sheets, cell for cell. For checking the reader against workbooks from many writers (for
// instance the public SheetJS test corpus); nothing is written.
//
//   npm run build && node scripts/compare-xlsx-readers.mjs FOLDER
//
// Exit code 1 when any workbook the plain reader took reads differently.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const { readWorkbook } = await import('../dist/input/read-workbook.js');
const { fastXlsx } = await import('../dist/input/fast-xlsx.js');

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/compare-xlsx-readers.mjs FOLDER');
  process.exit(2);
}

/** Where two readings first differ, in words. */
function firstDifference(fast, library) {
  if (fast.length !== library.length) return `${fast.length} sheets against ${library.length}`;
  for (const [s, a] of fast.entries()) {
    const l = library[s];
    if (a.name !== l.name) return `sheet ${s} named ${a.name} against ${l.name}`;
    if (!isDeepStrictEqual(a.merges, l.merges)) return `sheet ${a.name}: merges differ`;
    if (a.rows.length !== l.rows.length) return `sheet ${a.name}: ${a.rows.length} rows against ${l.rows.length}`;
    for (const [r, row] of a.rows.entries()) {
      const other = l.rows[r];
      for (let c = 0; c < Math.max(row.length, other.length); c++) if (row[c] !== other[c]) return `sheet ${a.name} row ${r + 1} column ${c + 1}: ${JSON.stringify(row[c])} against ${JSON.stringify(other[c])}`;
    }
  }
  return 'the readings differ';
}

let files = 0;
let took = 0;
let same = 0;
for (const name of readdirSync(folder).filter((f) => f.toLowerCase().endsWith('.xlsx')).sort()) {
  files++;
  const bytes = new Uint8Array(readFileSync(join(folder, name)));
  const fast = fastXlsx(bytes);
  if (!fast) {
    console.log(`library  ${name}`);
    continue;
  }
  took++;
  const library = await readWorkbook(bytes, 'library');
  if (library.ok && isDeepStrictEqual(fast, library.sheets)) {
    same++;
    console.log(`same     ${name}`);
  } else console.log(`DIFFERS  ${name}: ${library.ok ? firstDifference(fast, library.sheets) : `the library could not read it (${library.en})`}`);
}
console.log(`${files} workbooks: ${took} read by the plain reader, ${same} of them as the library reads them; ${files - took} left to the library`);
process.exit(same === took ? 0 : 1);
