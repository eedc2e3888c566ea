/**
 * One unfolded content line of a vCard (RFC 2426 / 6350, vCard 2.1) or iCalendar (RFC 5545)
 * file: `[group.]NAME *(;param) : value`. Shared by the vCard and .ics importers, which both
 * write this grammar (docs/formats.md sections 3 and 7).
 *
 * Quirks it accepts: lowercase and repeated parameters (`type=INTERNET;type=pref`), vCard 2.1
 * bare parameters (`TEL;CELL;PREF`, `;QUOTED-PRINTABLE`), quoted parameter values holding `:`
 * `;` or `,` (`CN="Doe, Jane"`), and values that themselves contain `:` (`URL:https://…`).
 */

export interface ContentParam {
  /** Upper case. A vCard 2.1 bare parameter is filed under ENCODING or TYPE. */
  name: string;
  values: string[];
}

export interface ContentLine {
  /** `item1` in `item1.EMAIL` (Apple and Google group a value with its X-ABLabel this way). */
  group?: string;
  /** Upper case. */
  name: string;
  params: ContentParam[];
  /** Raw as written: still escaped, still in the file's bytes (see physical-lines.ts). */
  value: string;
}

const NAME = /^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)$/;
const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** Splits a content line; undefined when it has no name or no `:`. */
export function parseContentLine(text: string): ContentLine | undefined {
  let at = 0;
  while (at < text.length && text[at] !== ';' && text[at] !== ':') at += 1;
  const nameMatch = NAME.exec(text.slice(0, at).trim());
  if (!nameMatch?.[2]) return undefined;
  const params: ContentParam[] = [];
  while (text[at] === ';') {
    at += 1;
    let nameEnd = at;
    while (nameEnd < text.length && !'=;:'.includes(text[nameEnd] ?? '')) nameEnd += 1;
    const paramName = text.slice(at, nameEnd).trim().toUpperCase();
    at = nameEnd;
    if (text[at] !== '=') {
      if (paramName !== '') {
        const filed = BARE_ENCODINGS.has(paramName) ? 'ENCODING' : 'TYPE';
        params.push({ name: filed, values: [paramName] });
      }
      continue;
    }
    const values: string[] = [];
    do {
      at += 1;
      if (text[at] === '"') {
        const close = text.indexOf('"', at + 1);
        if (close < 0) return undefined;
        values.push(text.slice(at + 1, close));
        at = close + 1;
        // Anything between the closing quote and the next separator is tolerated and dropped.
        while (at < text.length && !',;:'.includes(text[at] ?? '')) at += 1;
      } else {
        const start = at;
        while (at < text.length && !',;:'.includes(text[at] ?? '')) at += 1;
        values.push(text.slice(start, at));
      }
    } while (text[at] === ',');
    params.push({ name: paramName, values });
  }
  if (text[at] !== ':') return undefined;
  const line: ContentLine = {
    name: nameMatch[2].toUpperCase(),
    params,
    value: text.slice(at + 1),
  };
  if (nameMatch[1]) line.group = nameMatch[1].toLowerCase();
  return line;
}

/** Every value of a parameter, across repeats (`type=WORK;type=pref`), trimmed and lower case. */
export function paramValues(line: ContentLine, name: string): string[] {
  return line.params
    .filter((param) => param.name === name)
    .flatMap((param) => param.values.flatMap((value) => value.split(',')))
    .map((value) => value.trim().toLowerCase())
    .filter((value) => value !== '');
}

/** The first value of a parameter as written (case kept), if any. */
export function paramValue(line: ContentLine, name: string): string | undefined {
  return line.params.find((param) => param.name === name)?.values[0];
}

/**
 * Undoes text escaping: `\n` and `\N` are newlines, `\,` `\;` `\\` and Google's `http\://` are
 * the character itself (RFC 6350 section 3.4; docs/formats.md section 3).
 */
export function unescapeText(value: string): string {
  return value.replace(/\\(.)/gs, (_, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  );
}

/** Splits on `separator` where it is not escaped by a backslash; parts stay escaped. */
export function splitUnescaped(value: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let at = 0; at < value.length; at += 1) {
    const char = value[at];
    if (char === '\\') at += 1;
    else if (char === separator) {
      parts.push(value.slice(start, at));
      start = at + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}
