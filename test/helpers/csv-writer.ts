import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh folder and a writer of small CSV files in it, as a county's files are saved (UTF-8 with
 * BOM, CRLF): `w('schools.csv', rows)` writes the rows and returns the file's path.
 */
export function csvWriter(prefix: string): (name: string, rows: string[][]) => string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return (name, rows) => {
    const path = join(dir, name);
    writeFileSync(path, `\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`);
    return path;
  };
}
