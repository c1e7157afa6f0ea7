/**
 * How a file or folder name appears in a message, a plan file or the report. A name is the
 * user's to choose and may hold anything a file system allows: a newline (which could forge a
 * line such as "输入无误" in the output), a carriage return, terminal escape sequences, bidi
 * overrides, an ID-card number. Shown through {@link showPath}, it is one line, inert, and
 * holds no ID number.
 */
import { maskIdCards } from './id-card.js';

/** C0 and C1 controls, DEL, line and paragraph separators, bidi embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Control characters written as escapes (`\n`, `\u{1b}`): the text stays on one line and prints inert. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

/** A path or file name as it may be shown anywhere: control characters escaped, ID numbers masked. */
export function showPath(path: string): string {
  // Masked before it is escaped: a tab between the groups of an ID number is a separator, its escape `\t` is not.
  return escapeControls(maskIdCards(path));
}

/** Colour codes the terminal summary writes itself (SGR: `ESC [ … m`): kept, every other control escaped. */
const SGR = /\u001B\[[0-9;]*m/gu;

/**
 * One line as the CLI prints it, the last guard before a terminal or a log: ID numbers masked,
 * and every control character that could start a new line or move the cursor (a newline in a
 * file name, a carriage return, an escape sequence) escaped, colour codes aside.
 */
export function safeLine(line: string): string {
  const parts = line.split(SGR);
  const codes = line.match(SGR) ?? [];
  return parts.map((p, i) => showPath(p) + (codes[i] ?? '')).join('');
}
