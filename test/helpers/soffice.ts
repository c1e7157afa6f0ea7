/**
 * LibreOffice as a real client of the files rotate reads and writes: headless, with a private
 * profile per test file (so test files may run at once), converting files the way a user's
 * "open and save as" does. Installed by scripts/ensure-clients.sh.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SOFFICE = process.env['SOFFICE'] ?? '/usr/bin/soffice';

/** CSV export of every sheet to its own file (`NAME-SHEET.csv`), UTF-8, cells as stored, not as shown. */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** CSV import, UTF-8, with the given 1-based columns read as text (the rest as LibreOffice guesses). */
export function csvImport(textColumns: readonly number[] = []): string {
  return `CSV:44,34,76,1,${textColumns.map((c) => `${c}/2`).join('/')}`;
}

/** A converter bound to one private LibreOffice profile. */
export function libreOffice(): (files: readonly string[], to: string, outDir: string, infilter?: string) => void {
  const profile = mkdtempSync(join(tmpdir(), 'rotate-soffice-profile-'));
  return (files, to, outDir, infilter) => {
    mkdirSync(outDir, { recursive: true });
    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', to, '--outdir', outDir, ...files];
    const r = spawnSync(SOFFICE, args, { encoding: 'utf8', timeout: 170_000 });
    if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
  };
}
