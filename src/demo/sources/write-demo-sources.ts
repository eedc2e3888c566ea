/**
 * The demo owner's other exports (issue 6, "Demo data"): a phone address book (vCard 3.0 as an
 * iPhone writes it), a Google Contacts CSV, WhatsApp chats in two locales, a Takeout mbox of mail
 * headers and a Google Calendar `.ics`, all about the same people as the LinkedIn export of the
 * same options. Pure: the same options give the same bytes; `writeDemoSources` alone touches the
 * disk.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { inventDemoWorld } from '../demo-world.js';
import { resolveDemoOptions, type DemoOptions } from '../generate-demo-export.js';
import { inventIdentityTruth, type IdentityTruth } from '../identity-truth.js';
import { deriveRng } from '../rng.js';
import { inventAcquaintances } from './acquaintances.js';
import { encodeGoogleCalendar } from './google-calendar-ics.js';
import { encodeGoogleContactsCsv } from './google-contacts-csv.js';
import { encodeTakeoutMbox } from './takeout-mbox.js';
import { encodeVcardBook } from './vcard-book.js';
import { inventWhatsAppChats } from './whatsapp-chats.js';

export type DemoSourceKind = 'vcard' | 'google-csv' | 'whatsapp' | 'mbox' | 'ics';

export interface DemoSourceFile {
  kind: DemoSourceKind;
  /** Path relative to the demo folder; WhatsApp's is a folder of chats. */
  path: string;
  files: { path: string; content: Buffer }[];
}

/** Where each source lands, named as its export names it (docs/formats.md sections 2-7). */
const PATHS: Record<DemoSourceKind, string> = {
  vcard: 'iPhone Contacts.vcf',
  'google-csv': 'contacts.csv',
  whatsapp: 'WhatsApp',
  mbox: 'Takeout/Mail/All mail Including Spam and Trash.mbox',
  ics: 'Takeout/Calendar/calendar.ics',
};

/** Every source's bytes, in import order (address books before chats, mail and meetings). */
export async function generateDemoSources(
  options: Partial<DemoOptions> = {},
): Promise<DemoSourceFile[]> {
  const resolved = resolveDemoOptions(options);
  const world = inventDemoWorld(resolved);
  const stream = (label: string) => deriveRng(resolved.seed, `sources:${label}`);
  const book = inventAcquaintances(stream('people'), world);
  const single = (kind: DemoSourceKind, content: Buffer): DemoSourceFile => ({
    kind,
    path: PATHS[kind],
    files: [{ path: PATHS[kind], content }],
  });
  const chats = await inventWhatsAppChats(stream('whatsapp'), world, book);
  return [
    single('vcard', encodeVcardBook(book)),
    single('google-csv', encodeGoogleContactsCsv(stream('google'), book)),
    {
      kind: 'whatsapp',
      path: PATHS.whatsapp,
      files: chats.map((c) => ({ path: join(PATHS.whatsapp, c.path), content: c.content })),
    },
    single('mbox', encodeTakeoutMbox(stream('mbox'), world, book)),
    single('ics', encodeGoogleCalendar(stream('calendar'), world, book)),
  ];
}

/** The answer key of identity fusion: which records of every source are one human. */
export function generateIdentityTruth(options: Partial<DemoOptions> = {}): IdentityTruth {
  const resolved = resolveDemoOptions(options);
  const world = inventDemoWorld(resolved);
  return inventIdentityTruth(
    world,
    inventAcquaintances(deriveRng(resolved.seed, 'sources:people'), world),
  );
}

/** Beside the exports, never imported: nothing in an import reads this name. */
export const TRUTH_FILE_NAME = 'truth.json';

/**
 * Writes every source under `dir`, and the identity truth beside them, and returns one path per
 * source, in import order.
 */
export async function writeDemoSources(
  dir: string,
  options: Partial<DemoOptions> = {},
): Promise<string[]> {
  const sources = await generateDemoSources(options);
  // Chats of an earlier run with other options would otherwise join this run's folder.
  await rm(join(dir, PATHS.whatsapp), { recursive: true, force: true });
  for (const source of sources) {
    for (const file of source.files) {
      const path = join(dir, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
    }
  }
  await writeFile(
    join(dir, TRUTH_FILE_NAME),
    `${JSON.stringify(generateIdentityTruth(options), null, 1)}\n`,
  );
  return sources.map((s) => join(dir, s.path));
}
