/**
 * File names that are not UTF-8. A file saved on a Chinese Windows and copied to Linux may keep
 * its GBK name bytes; Node decodes each command-line argument as UTF-8 and turns such bytes
 * into U+FFFD, so the path would name no file. On Linux the arguments' own bytes are in
 * /proc/self/cmdline: an argument that did not decode is taken from there, shown decoded as
 * GB18030 (what the user's Windows shows) and opened by its bytes ({@link fsPath}).
 */
import { readFileSync } from 'node:fs';

/** Node's own GB18030 decoder (as decode.ts reads GBK files): unreadable bytes become U+FFFD. */
const GB18030 = new TextDecoder('gb18030');

/** Shown name → the bytes of the path as given. */
const RAW = new Map<string, Buffer>();

/** What to pass to fs for a path: its original bytes when it came from a non-UTF-8 argument, else the path. */
export function fsPath(path: string): string | Buffer {
  return RAW.get(path) ?? path;
}

/**
 * Replaces, in place, each argument of `argv` that held bytes that are not UTF-8 by its
 * GB18030 reading, remembering its bytes for {@link fsPath}. A no-op where /proc is absent or
 * every argument is UTF-8.
 */
export function recoverRawArgs(argv: string[]): void {
  if (!argv.some((a) => a.includes('\uFFFD'))) return;
  let cmdline: Buffer;
  try {
    cmdline = readFileSync('/proc/self/cmdline');
  } catch {
    return;
  }
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < cmdline.length; i++) {
    if (cmdline[i] !== 0) continue;
    parts.push(cmdline.subarray(start, i));
    start = i + 1;
  }
  // Node's own options come before the script: the arguments after it are the last ones.
  const offset = parts.length - argv.length;
  for (let i = 2; i < argv.length; i++) {
    const raw = parts[offset + i];
    if (!argv[i]?.includes('\uFFFD') || raw === undefined || offset < 0) continue;
    const shown = GB18030.decode(raw);
    if (shown.includes('\uFFFD') || Buffer.from(shown, 'utf8').equals(raw)) continue;
    RAW.set(shown, Buffer.from(raw));
    argv[i] = shown;
  }
}
