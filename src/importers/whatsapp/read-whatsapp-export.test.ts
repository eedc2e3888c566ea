import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import type { MessageRecord } from '../import-batch.js';
import { readWhatsAppExport } from './read-whatsapp-export.js';

const dir = mkdtempSync(join(tmpdir(), 'weakties-whatsapp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixture(name: string): Buffer {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}

async function writeZip(path: string, entries: Record<string, Buffer>): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, bytes] of Object.entries(entries)) zip.addBuffer(bytes, name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  writeFileSync(path, Buffer.concat(chunks));
}

describe('readWhatsAppExport', () => {
  it('reads `_chat.txt` from an iOS zip, names the chat after the zip and ignores the media', async () => {
    const path = join(dir, 'WhatsApp Chat - Sofía Ramírez.zip');
    const chat = Buffer.from(
      '[21/11/25, 9:33:35] Sofía Ramírez: Hola\r\n[21/11/25, 9:40:02] Diego Torres: Hola Sofía\r\n',
    );
    await writeZip(path, {
      '_chat.txt': chat,
      '00000008-STICKER-2025-11-21-09-41-10.webp': Buffer.from([0x52, 0x49, 0x46, 0x46]),
    });
    const batch = await readWhatsAppExport([path]);
    const messages = batch.records as MessageRecord[];
    expect(messages.map((m) => [m.conversationKey, m.direction])).toEqual([
      ['Sofía Ramírez', 'in'],
      ['Sofía Ramírez', 'out'],
    ]);
    expect(batch.files).toEqual([
      {
        file: 'WhatsApp Chat - Sofía Ramírez.zip/_chat.txt',
        kind: 'whatsapp-chat',
        rows: 2,
        skipped: {},
      },
    ]);
  });

  it('reads a loose Android chat file and finds the owner of a group through a 1:1 chat', async () => {
    const oneToOne = join(dir, 'WhatsApp Chat with Chloé Martin.txt');
    writeFileSync(oneToOne, fixture('WhatsApp Chat with Chloé Martin.txt'));
    const group = join(dir, 'WhatsApp Chat with Tes.txt');
    writeFileSync(
      group,
      '12/07/2017, 22:36 - Oliver Hart: Hi all\n13/07/2017, 08:05 - Noah Singh: Hello\n13/07/2017, 08:06 - Emma Lowe: Hey\n',
    );
    const batch = await readWhatsAppExport([oneToOne, group]);
    const mine = (batch.records as MessageRecord[]).filter((m) => m.direction === 'out');
    expect(mine.map((m) => m.conversationKey)).toEqual(['Chloé Martin', 'Chloé Martin', 'Tes']);
  });

  it('reports a given file that is not a chat, and a missing path as an AppError', async () => {
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'shopping list\nmilk\n');
    const batch = await readWhatsAppExport([notes]);
    expect(batch.issues.map((i) => [i.code, i.file])).toEqual([['unknown-file', 'notes.txt']]);
    await expect(readWhatsAppExport([join(dir, 'missing.zip')])).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
