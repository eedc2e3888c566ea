/**
 * The 2018 messages export wrote HTML entities into plain text (`&rsquo;`, `&nbsp;`; docs/formats.md
 * section 1). Numeric references are decoded in full; named ones from the set that shows up in
 * English and European message text. An unknown name is left as written rather than guessed.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  // A no-break space in a chat message is layout, not meaning: read it as a plain space.
  nbsp: ' ',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  sbquo: '\u201a',
  bdquo: '\u201e',
  hellip: '\u2026',
  ndash: '\u2013',
  mdash: '\u2014',
  bull: '\u2022',
  middot: '\u00b7',
  euro: '\u20ac',
  pound: '\u00a3',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  deg: '\u00b0',
  eacute: '\u00e9',
  egrave: '\u00e8',
  aacute: '\u00e1',
  agrave: '\u00e0',
  iacute: '\u00ed',
  oacute: '\u00f3',
  uacute: '\u00fa',
  ntilde: '\u00f1',
  ccedil: '\u00e7',
  auml: '\u00e4',
  ouml: '\u00f6',
  uuml: '\u00fc',
  szlig: '\u00df',
  Eacute: '\u00c9',
  Auml: '\u00c4',
  Ouml: '\u00d6',
  Uuml: '\u00dc',
};

const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/g;

function decodeCodePoint(code: number): string | undefined {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X'))
      return decodeCodePoint(parseInt(body.slice(2), 16)) ?? whole;
    if (body.startsWith('#')) return decodeCodePoint(Number(body.slice(1))) ?? whole;
    return NAMED[body] ?? whole;
  });
}
