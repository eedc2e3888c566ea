/**
 * Control characters at the boundary. PostgreSQL refuses a NUL byte (U+0000) in any text value
 * ("invalid byte sequence for encoding UTF8: 0x00") while SQLite stores it, so the same export or
 * request would land in one store and fail in the other. Every text that enters the store from
 * a file or a request passes through here first, so both stores see the same text.
 *
 * Removed: the C0 controls and DEL except tab, line feed and carriage return, which real notes
 * and messages hold. The others have no meaning in a name, a note or a message and show as
 * nothing or as garbage (design choice: strip rather than replace, so "Nu\0la" reads "Nula").
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function hasControlCharacters(text: string): boolean {
  return HAS_CONTROL.test(text);
}

/** The text without its control characters (tab and line breaks kept). */
export function stripControlCharacters(text: string): string {
  return HAS_CONTROL.test(text) ? text.replace(CONTROL, '') : text;
}

/**
 * A copy of a JSON-like value with every string (keys too) stripped, and how many strings
 * changed. Values that are not plain data (dates, class instances) are returned as they are.
 */
export function stripControlCharactersDeep<T>(value: T): { value: T; changed: number } {
  let changed = 0;
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (!HAS_CONTROL.test(v)) return v;
      changed += 1;
      return v.replace(CONTROL, '');
    }
    if (Array.isArray(v)) return v.map(visit);
    if (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(v)) out[visit(key) as string] = visit(inner);
      return out;
    }
    return v;
  };
  const result = visit(value) as T;
  return { value: result, changed };
}
