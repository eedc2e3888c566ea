/**
 * Names as exports write them: credentials in the last name (`"Novak, Ph.D."`), emoji, "Last,
 * First" order, accents (docs/formats.md sections 1 and 2). The match name is what identity
 * resolution compares; the display name is what the user sees.
 */

// Post-nominal letters and certifications seen in real Last Name cells, matched as whole words.
const CREDENTIAL =
  /^(ph\.?\s?d\.?|m\.?\s?d\.?|mba|msc|m\.?sc\.?|bsc|b\.?sc\.?|ba|ma|mph|cpa|cfa|pmp|phr|sphr|shrm-cp|shrm-scp|csm|cissp|esq\.?|jr\.?|sr\.?|ii|iii|iv|rn|dds|llm|pe|peng|p\.eng\.?|acca|aca|fca|cipd|mcipd|frsa|fics|ceng|cpc|cprw|ccmp|itil|six sigma.*|certified .*|\(.*\).*)$/i;

/** Splits a Last Name cell into the surname and the credentials that follow a comma. */
export function splitCredentials(lastName: string): { surname: string; credentials: string[] } {
  const parts = lastName.split(',').map((p) => p.trim());
  const surname = parts.shift() ?? '';
  const credentials = parts.filter((p) => p !== '');
  // "Rahman MBA" with no comma: peel known credentials off the end.
  const words = surname.split(/\s+/);
  while (words.length > 1 && CREDENTIAL.test(words[words.length - 1] ?? '')) {
    credentials.unshift(words.pop() ?? '');
  }
  return { surname: words.join(' '), credentials };
}

const EMOJI_AND_SYMBOLS = /\p{Extended_Pictographic}|\p{So}|\u200d|\ufe0f/gu;

/** The key identity resolution compares: no accents, case, punctuation, emoji or credentials. */
export function matchName(firstName: string, lastName: string): string {
  const { surname } = splitCredentials(lastName);
  return normaliseNameText(`${firstName} ${surname}`);
}

/** Normalises a full name as one string; "Last, First" is reordered when it is just two parts. */
export function matchFullName(fullName: string): string {
  const parts = fullName.split(',').map((p) => p.trim());
  if (parts.length === 2 && parts[0] && parts[1] && !CREDENTIAL.test(parts[1])) {
    return normaliseNameText(`${parts[1]} ${parts[0]}`);
  }
  return matchName(fullName, '');
}

export function normaliseNameText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(EMOJI_AND_SYMBOLS, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The name shown to the user: first and last as written, credentials kept off. */
export function displayName(firstName: string, lastName: string): string {
  const { surname } = splitCredentials(lastName);
  return `${firstName.trim()} ${surname}`.trim().replace(/\s+/g, ' ');
}

/**
 * Splits a full name as one cell writes it. "Hamdan, Youssef" (phone books write "Last, First")
 * is reordered when the part before the comma is a single surname and the part after is one or
 * two words that are not credentials; "Ana Ruiz, FICS (UK)" keeps its order and loses the
 * credentials (docs/formats.md sections 1 and 2).
 */
export function splitFullName(fullName: string): {
  first: string;
  last: string;
  credentials: string[];
} {
  const parts = fullName.split(',').map((p) => p.trim().replace(/\s+/g, ' '));
  const [head, tail] = parts;
  if (
    parts.length === 2 &&
    head &&
    tail &&
    !head.includes(' ') &&
    tail.split(' ').length <= 2 &&
    !CREDENTIAL.test(tail)
  ) {
    return { first: tail, last: head, credentials: [] };
  }
  const { surname: name, credentials } = splitCredentials(fullName.trim());
  const display = name.replace(/\s+/g, ' ');
  const space = display.indexOf(' ');
  return {
    first: space > 0 ? display.slice(0, space) : display,
    last: space > 0 ? display.slice(space + 1) : '',
    credentials,
  };
}
