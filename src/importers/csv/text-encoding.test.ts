import { describe, expect, it } from 'vitest';
import { createChunkDecoder, guessEncoding } from './text-encoding.js';

const text = 'First Name,Last Name\nTomás,Berg\n';

describe('guessEncoding', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(guessEncoding(Buffer.from(text, 'utf8'))).toEqual({
      kind: 'text',
      encoding: 'utf-8',
      bomLength: 0,
    });
    expect(
      guessEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])),
    ).toEqual({
      kind: 'text',
      encoding: 'utf-8',
      bomLength: 3,
    });
  });

  it('reads UTF-16 by its BOM, and without a BOM by where the NUL bytes fall', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(guessEncoding(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toMatchObject({
      encoding: 'utf-16le',
      bomLength: 2,
    });
    expect(guessEncoding(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({
      encoding: 'utf-16be',
      bomLength: 2,
    });
    expect(guessEncoding(le)).toMatchObject({ encoding: 'utf-16le', bomLength: 0 });
    expect(guessEncoding(be)).toMatchObject({ encoding: 'utf-16be', bomLength: 0 });
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    // "Tomás" saved by desktop Excel: á is the single byte 0xE1.
    expect(guessEncoding(Buffer.from('Tom\xe1s,Berg\n', 'latin1'))).toMatchObject({
      encoding: 'windows-1252',
    });
  });

  it('calls images and NUL-filled data binary', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(guessEncoding(png)).toEqual({ kind: 'binary', reason: 'it is a PNG image' });
    const nuls = Buffer.alloc(64);
    nuls[7] = 0x41;
    expect(guessEncoding(nuls)).toMatchObject({ kind: 'binary' });
  });
});

describe('createChunkDecoder', () => {
  it('maps the Windows-1252 bytes 0x80-0x9F to the characters Excel meant, not C1 controls', () => {
    const decode = createChunkDecoder('windows-1252');
    expect(
      decode(Uint8Array.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x20, 0xe9]), true),
    ).toBe('\u201cHi\u201d \u20ac5 é');
  });

  it('joins a UTF-8 character split across two chunks', () => {
    const decode = createChunkDecoder('utf-8');
    const bytes = Buffer.from('á');
    expect(decode(bytes.subarray(0, 1), false) + decode(bytes.subarray(1), true)).toBe('á');
  });
});
