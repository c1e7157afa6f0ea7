/**
 * The parts of an .xlsx package as the readers find them: a part's bytes and text, the start tags
 * of an XML part, and the workbook's sheets in order with the part each is kept in. Shared by the
 * fast reader (fast-xlsx.ts), the look for formulas without results (uncomputed-formulas.ts) and the
 * look for hidden rows (hidden-xlsx-rows.ts).
 */
import { entryBytes, zipEntries } from './zip-entries.js';
import { element, xmlUnescape } from './xml-text.js';

export type Entries = NonNullable<ReturnType<typeof zipEntries>>;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** A part's bytes; undefined when it is absent, null when it does not unpack. */
export function partBytes(bytes: Uint8Array, entries: Entries, name: string): Uint8Array | undefined | null {
  const e = entries.get(name);
  return e ? entryBytes(bytes, e) : undefined;
}

/** A part's text; undefined when it is absent, null when it cannot be read as UTF-8 XML. */
export function partText(bytes: Uint8Array, entries: Entries, name: string): string | undefined | null {
  const b = partBytes(bytes, entries, name);
  if (!b) return b;
  try {
    return utf8.decode(b);
  } catch {
    return null;
  }
}

/** Attributes of one start tag, by name (values raw). */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) out.set(m[1] ?? '', m[2] ?? m[3] ?? '');
  return out;
}

/** The start tags named `name` (no prefix) in `xml`, each as its attributes. */
export const tags = (xml: string, name: string): Map<string, string>[] => [...xml.matchAll(new RegExp(`<${name}\\b[^<>]*>`, 'gu'))].map((m) => attributes(m[0]));

/** One sheet of the workbook's list: its name, the part it is kept in, its relationship's type and its state (hidden …). */
export interface SheetPart {
  name: string;
  path: string | undefined;
  type: string;
  state: string | undefined;
}

/** The workbook's sheets in order (xl/workbook.xml's list, through xl/_rels/workbook.xml.rels); `path` undefined where no relationship names one. */
export function sheetParts(workbook: string, rels: string): SheetPart[] {
  const targets = new Map(tags(rels, 'Relationship').map((a) => [a.get('Id') ?? '', { target: a.get('Target') ?? '', type: a.get('Type') ?? '' }]));
  return tags(element(workbook, 'sheets') ?? '', 'sheet').map((a) => {
    const rel = targets.get(a.get('r:id') ?? '');
    // The library's own path rule (its first `xl/` dropped wherever it stands).
    return { name: xmlUnescape(a.get('name') ?? ''), path: rel ? `xl/${rel.target.replace(/[/]?xl\//u, '')}` : undefined, type: rel?.type ?? '', state: a.get('state') };
  });
}

/**
 * Each sheet's name and XML text, in the workbook's order, of an .xlsx's bytes, one at a time (a
 * sheet's text is let go before the next is unpacked); none for any other file. A sheet whose part
 * is missing or unreadable is passed over.
 */
export function* sheetTexts(bytes: Uint8Array): Generator<{ name: string; xml: string }> {
  const entries = zipEntries(bytes);
  if (!entries) return;
  const workbook = partText(bytes, entries, 'xl/workbook.xml');
  const rels = partText(bytes, entries, 'xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return;
  for (const part of sheetParts(workbook, rels)) {
    const xml = part.path === undefined ? undefined : partText(bytes, entries, part.path);
    if (xml) yield { name: part.name, xml };
  }
}
