/**
 * The benchmark's peer: the least work an import of the same export can do. It unzips the two
 * large files, parses them with csv-parse and inserts every row with one prepared statement in
 * one transaction, with no people resolution, provenance or idempotence.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import yauzl from 'yauzl';

const [zip, dir] = process.argv.slice(2);
if (!zip || !dir) throw new Error('usage: import-floor <zip> <dir>');

function readEntries(path: string, wanted: Set<string>): Promise<Map<string, Buffer>> {
  return new Promise((done, fail) => {
    const found = new Map<string, Buffer>();
    yauzl.open(path, { lazyEntries: true }, (error, file) => {
      if (error || !file) return fail(error ?? new Error('no zip'));
      file.on('entry', (entry: yauzl.Entry) => {
        if (!wanted.has(entry.fileName)) return file.readEntry();
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            found.set(entry.fileName, Buffer.concat(chunks));
            file.readEntry();
          });
        });
      });
      file.on('end', () => done(found));
      file.readEntry();
    });
  });
}

const started = performance.now();
const files = await readEntries(zip, new Set(['Connections.csv', 'messages.csv']));
const connections = parse(files.get('Connections.csv') ?? Buffer.alloc(0), {
  from_line: 4,
  relax_column_count: true,
}) as string[][];
const messages = parse(files.get('messages.csv') ?? Buffer.alloc(0), {
  relax_column_count: true,
}) as string[][];
mkdirSync(dir, { recursive: true });
const db = new SqliteDatabase(join(dir, 'floor.sqlite'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec('create table rows (a text, b text, c text, d text, e text, f text, g text)');
const insert = db.prepare('insert into rows values (?, ?, ?, ?, ?, ?, ?)');
db.transaction(() => {
  for (const r of [...connections, ...messages]) {
    insert.run(r[0] ?? '', r[1] ?? '', r[2] ?? '', r[3] ?? '', r[4] ?? '', r[5] ?? '', r[6] ?? '');
  }
})();
db.close();
const wallMs = performance.now() - started;
console.log(
  JSON.stringify({
    wallMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    rows: connections.length + messages.length,
  }),
);
