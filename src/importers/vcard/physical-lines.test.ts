import { describe, expect, it } from 'vitest';
import { decodeValueBytes, PhysicalLineReader, toUtf8Bytes } from './physical-lines.js';

function lines(bytes: Uint8Array): string[] {
  const reader = new PhysicalLineReader(toUtf8Bytes(bytes));
  const out: string[] = [];
  for (let line = reader.take(); line; line = reader.take()) out.push(`${line.line}:${line.text}`);
  return out;
}

describe('PhysicalLineReader', () => {
  it('ends lines at CRLF, bare LF, bare CR and CR CR LF alike', () => {
    expect(lines(Buffer.from('a\r\nb\nc\rd\r\r\ne\r\n\r\nf'))).toEqual([
      '1:a',
      '2:b',
      '3:c',
      '4:d',
      '5:e',
      '6:',
      '7:f',
    ]);
  });

  it('drops a UTF-8 BOM and reads a UTF-16 file', () => {
    expect(lines(Buffer.from('\uFEFFBEGIN:VCARD\n'))).toEqual(['1:BEGIN:VCARD']);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('N:Å\r\n', 'utf16le')]);
    expect(lines(utf16).map((line) => decodeValueBytes(line).text)).toEqual(['1:N:Å']);
  });
});

describe('decodeValueBytes', () => {
  it('reads the declared charset, else UTF-8, else Windows-1252 and says so', () => {
    expect(decodeValueBytes('\xe9', 'ISO-8859-1')).toEqual({ text: 'é', isClean: true });
    expect(decodeValueBytes('\xc3\xa9')).toEqual({ text: 'é', isClean: true });
    expect(decodeValueBytes('O\x92Brien')).toEqual({ text: 'O’Brien', isClean: false });
  });
});
