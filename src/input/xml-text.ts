/**
 * Text inside a workbook's XML, decoded as the workbook library decodes it (SheetJS's
 * `unescapexml` and `parse_si`), so that a cell read by {@link fastXlsx} is the same string the
 * library gives: the five entities and numeric references, CDATA sections, Excel's `_xHHHH_`
 * escapes, CR LF as LF, and a rich-text string as its runs' text without the phonetic guides.
 */

const ENTITIES: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };
const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/giu;
const CODE = /_x([\da-fA-F]{4})_/giu;

function rawUnescape(s: string): string {
  const i = s.indexOf('<![CDATA[');
  if (i === -1) {
    // The library's own order and fallbacks: a reference to code 0 stays as written.
    return s.replace(ENTITY, (all: string, code: string | undefined) => ENTITIES[all] ?? (String.fromCharCode(parseInt(code ?? '', all.includes('x') ? 16 : 10)) || all)).replace(CODE, (_m: string, c: string) => String.fromCharCode(parseInt(c, 16)));
  }
  const j = s.indexOf(']]>');
  return rawUnescape(s.slice(0, i)) + s.slice(i + 9, j) + rawUnescape(s.slice(j + 3));
}

/** Most values hold no entity, escape or section: they are returned as they are. */
const plain = (s: string): boolean => !s.includes('&') && !s.includes('_x') && !s.includes('_X') && !s.includes('<');

/** XML text with entities, CDATA and `_xHHHH_` decoded (the library's `unescapexml`). */
export function xmlUnescape(s: string): string {
  return plain(s) ? s : rawUnescape(s);
}

/** XML text as the library reads a string cell's: {@link xmlUnescape}d, CR LF made LF. */
export function cellXmlText(s: string): string {
  const t = xmlUnescape(s);
  return t.includes('\r\n') ? t.replace(/\r\n/gu, '\n') : t;
}

const PLAIN = /^\s*<(?:\w+:)?t[^>]*>/u;
const RUN = /<(?:\w+:)?r\b[^<>]*>/u;
const T_END = /<\/(?:\w+:)?t>/u;
const RUN_TEXT = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/gu;
const TAG = /<[/?]?[a-zA-Z0-9:_-]+(?:\s+[^"\s?<>/]+\s*=\s*(?:"[^"]*"|'[^']*'|[^'"<>\s=]+))*\s*[/?]?>/gmu;
const PHONETIC_OPEN = /<(?:\w+:)?rPh\b[^<>]*>/gu;
const PHONETIC_CLOSE = /<\/(?:\w+:)?rPh>/gu;

/** The string of a shared-string item or an inline string (`<si>`, `<is>`): undefined when it has no text element; null when the library could not read it. */
export function stringItemText(x: string): string | undefined | null {
  if (x === '') return '';
  if (PLAIN.test(x)) return cellXmlText(x.slice(x.indexOf('>') + 1).split(T_END)[0] ?? '');
  if (!RUN.test(x)) return undefined;
  const bare = withoutPhonetic(x);
  if (bare === null) return null;
  return cellXmlText((bare.match(RUN_TEXT) ?? []).join('').replace(TAG, ''));
}

/** The item without its phonetic runs (`<rPh>…</rPh>`); null for one left open. */
function withoutPhonetic(x: string): string | null {
  const out: string[] = [];
  PHONETIC_OPEN.lastIndex = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = PHONETIC_OPEN.exec(x))) {
    out.push(x.slice(from, m.index));
    PHONETIC_CLOSE.lastIndex = PHONETIC_OPEN.lastIndex;
    const close = PHONETIC_CLOSE.exec(x);
    if (!close) return null;
    from = PHONETIC_CLOSE.lastIndex;
    PHONETIC_OPEN.lastIndex = from;
  }
  out.push(x.slice(from));
  return out.join('');
}

/** The text of the first `<name …>…</name>` in `xml` (the library's `str_match_xml_ns`, without a prefix); undefined when there is none, or it is empty-tagged (`<name/>`). */
export function element(xml: string, name: string): string | undefined {
  let at = xml.indexOf(`<${name}`);
  while (at >= 0) {
    const next = xml[at + name.length + 1];
    if (next === '>' || next === '/' || next === ' ' || next === '\t' || next === '\n' || next === '\r') break;
    at = xml.indexOf(`<${name}`, at + 1);
  }
  if (at < 0) return undefined;
  const open = xml.indexOf('>', at);
  const close = open < 0 ? -1 : xml.indexOf(`</${name}>`, open);
  return close < 0 ? undefined : xml.slice(open + 1, close);
}
