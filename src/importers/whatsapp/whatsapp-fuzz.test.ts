import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MessageRecord } from '../import-batch.js';
import { parseWhatsAppChat } from './whatsapp-chat.js';
import { seeded } from '../test-support/fuzz-harness.js';

// Bytes that matter to the grammar: brackets, separators, digits, marks, line ends.
const TOKENS = [
  '[',
  ']',
  ',',
  ':',
  ' - ',
  '/',
  '.',
  '\r',
  '\n',
  '\u200e',
  '\u202f',
  '~',
  '<',
  '>',
  '1',
  '2',
  '9',
  'PM',
  'p. m.',
];

function mutate(text: string, random: () => number): string {
  const chars = [...text];
  const edits = 1 + Math.floor(random() * 20);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (chars.length + 1));
    const roll = random();
    if (roll < 0.4) chars.splice(at, 1);
    else if (roll < 0.8) chars.splice(at, 0, TOKENS[Math.floor(random() * TOKENS.length)] ?? '');
    else chars.splice(at, 0, String.fromCharCode(Math.floor(random() * 0xffff)));
  }
  return chars.join('');
}

const LOCAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

function checkShape(records: unknown[]): void {
  for (const record of records as MessageRecord[]) {
    expect(record.kind).toBe('message');
    expect(record.sentAt).toMatch(LOCAL_ISO);
    expect(Number.isNaN(Date.parse(record.sentAt))).toBe(false);
  }
}

describe('parseWhatsAppChat fuzz', () => {
  it('returns issues, never throws, on seeded random bytes', () => {
    const random = seeded(20_261_123);
    for (let round = 0; round < 300; round++) {
      const bytes = new Uint8Array(Math.floor(random() * 2048));
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
      const parsed = parseWhatsAppChat({ name: `random-${round}.txt`, content: bytes });
      checkShape(parsed.records);
      expect(parsed.records.length + parsed.issues.length).toBeGreaterThan(0);
    }
  });

  it('never throws on mutated fixtures and keeps every timestamp a real local time', () => {
    const dir = new URL('./fixtures/', import.meta.url);
    const random = seeded(7);
    for (const name of readdirSync(dir)) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      for (let round = 0; round < 60; round++) {
        const parsed = parseWhatsAppChat(
          { name, content: mutate(text, random) },
          round % 2 ? { ownerNames: ['x'] } : {},
        );
        checkShape(parsed.records);
      }
    }
  });
});
