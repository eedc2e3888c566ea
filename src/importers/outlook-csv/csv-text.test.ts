import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, repairMojibake } from './csv-text.js';

describe('decodeCsvBytes', () => {
  it('reads UTF-8, a UTF-16 BOM, and falls back to Windows-1252 for other bytes', () => {
    expect(decodeCsvBytes(Buffer.from('Zoë'))).toEqual({ text: 'Zoë', encoding: 'utf-8' });
    expect(
      decodeCsvBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zoë', 'utf16le')])),
    ).toEqual({ text: 'Zoë', encoding: 'utf-16le' });
    // 0x93/0x94 are curly quotes and 0x80 is the euro sign in cp1252, not in Latin-1.
    expect(decodeCsvBytes(Uint8Array.from([0x93, 0x80, 0x35, 0x94]))).toEqual({
      text: '“€5”',
      encoding: 'windows-1252',
    });
  });
});

describe('repairMojibake', () => {
  it('undoes UTF-8 read as cp1252, and only then', () => {
    expect(repairMojibake('Ã‚ngelo')).toBe('Ângelo');
    expect(repairMojibake('JoÃ£o')).toBe('João');
    expect(repairMojibake('Itâ€™s')).toBe('It’s');
    expect(repairMojibake('Renée')).toBe('Renée');
    expect(repairMojibake('Âge 5')).toBe('Âge 5');
    expect(repairMojibake('Ã© 東京')).toBe('Ã© 東京');
  });
});
