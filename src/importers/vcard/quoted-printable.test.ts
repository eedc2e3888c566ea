import { describe, expect, it } from 'vitest';
import { decodeQuotedPrintable, endsWithSoftBreak } from './quoted-printable.js';

describe('quoted-printable', () => {
  it('decodes =XX escapes into bytes and keeps a stray =', () => {
    expect(Buffer.from(decodeQuotedPrintable('Jos=C3=A9 a=b'), 'latin1').toString('utf8')).toBe(
      'José a=b',
    );
  });

  it('tells a soft line break from an escape at the end of a line', () => {
    expect(endsWithSoftBreak('=C3=91=C3=BA=')).toBe(true);
    expect(endsWithSoftBreak('abc=  ')).toBe(true);
    expect(endsWithSoftBreak('=C3=91')).toBe(false);
    expect(endsWithSoftBreak('x=3D')).toBe(false);
    expect(endsWithSoftBreak('plain')).toBe(false);
  });
});
