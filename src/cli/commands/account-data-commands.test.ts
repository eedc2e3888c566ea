import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

/**
 * A LinkedIn Connections.csv whose cells a spreadsheet would run as formulas (OWASP, "CSV
 * Injection"): a name that is a HYPERLINK formula, a company starting with +, a title with @.
 */
const CONNECTIONS_WITH_FORMULA_CELLS = [
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Sofia,Lindqvist,https://www.linkedin.com/in/sofia-lindqvist,sofia.lindqvist@example.com,Hooli,Staff Engineer,03 Nov 2024',
  '"=HYPERLINK(""http://evil.example"",""x"")",Formula,https://www.linkedin.com/in/formula-person,,+Plus Corp,@Lead,30 Sep 2021',
  'Jonas,Weberling,https://www.linkedin.com/in/jonas-weberling,jonas.weberling@example.com,Vandelay Industries,-Head of Talent,30 Sep 2021',
  '',
].join('\n');

/** A terminal the test types into. */
function terminal(answer: string): Readable {
  const input = new PassThrough();
  Object.assign(input, { isTTY: true });
  input.end(answer);
  return input;
}

/** Runs the real CLI in-process against a throwaway WEAKTIES_HOME and captures its output. */
function cli(home: string) {
  return async (argv: string[], stdin: Readable = Readable.from([])) => {
    let out = '';
    let err = '';
    const sink = (append: (s: string) => void) =>
      new Writable({
        write(chunk: Buffer, _enc, done) {
          append(chunk.toString());
          done();
        },
      });
    const io = {
      stdout: sink((s) => (out += s)),
      stderr: sink((s) => (err += s)),
      env: { WEAKTIES_HOME: home },
      stdin,
    };
    const code = await runCli(argv, io);
    return { code, out, err };
  };
}

let home: string;
let run: ReturnType<typeof cli>;
let csvPath: string;

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'weakties-cli-account-'));
  run = cli(home);
  csvPath = join(home, 'Connections.csv');
  writeFileSync(csvPath, CONNECTIONS_WITH_FORMULA_CELLS);
  const imported = await run(['import', csvPath, '--quiet']);
  expect(imported.err).toBe('');
  expect(imported.code).toBe(0);
});

afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

async function connections(): Promise<number> {
  const stats = await run(['stats', '--json']);
  return (JSON.parse(stats.out) as { connections: number }).connections;
}

describe('weakties export', () => {
  it('writes JSON and one CSV per table into a new owner-only folder', async () => {
    const dir = join(home, 'my export');
    const result = await run(['export', '--out', dir]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Exported \d+ rows from \d+ tables/);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const files = readdirSync(dir);
    expect(files).toContain('weakties-export.json');
    expect(files).toContain('manifest.json');
    expect(files).toContain('people.csv');
    expect(files).toContain('connections.csv');
    for (const file of files) expect(statSync(join(dir, file)).mode & 0o777, file).toBe(0o600);

    // The JSON keeps the exact text; the CSV defuses what a spreadsheet would run.
    const json = JSON.parse(readFileSync(join(dir, 'weakties-export.json'), 'utf8')) as {
      tables: { connections: { company: string; position: string }[] };
    };
    expect(json.tables.connections.map((c) => c.company)).toContain('+Plus Corp');
    const csv = readFileSync(join(dir, 'connections.csv'), 'utf8');
    expect(csv).toContain(",'+Plus Corp,'@Lead,");
    expect(csv).toContain("'-Head of Talent");
    const people = readFileSync(join(dir, 'people.csv'), 'utf8');
    expect(people).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")`);
    for (const line of [...csv.split('\r\n'), ...people.split('\r\n')]) {
      for (const cell of line.split(',')) expect(cell, line).not.toMatch(/^"?[=+@-]/);
    }
  });

  it('never overwrites an existing folder, and checks the format', async () => {
    const dir = join(home, 'twice');
    expect((await run(['export', '--out', dir, '--format', 'json'])).code).toBe(0);
    const again = await run(['export', '--out', dir]);
    expect(again.code).toBe(75);
    expect(again.err).toMatch(/already exists/);
    expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'weakties-export.json']);
    const bad = await run(['export', '--out', join(home, 'xml'), '--format', 'xml']);
    expect(bad.code).toBe(64);
    expect(existsSync(join(home, 'xml'))).toBe(false);
  });
});

describe('weakties delete-account', () => {
  it('refuses without a terminal to ask in, unless --yes', async () => {
    const result = await run(['delete-account']);
    expect(result.code).toBe(64);
    expect(result.err).toMatch(/--yes/);
    expect(await connections()).toBe(3);
  });

  it('erases nothing unless the user types the word', async () => {
    const result = await run(['delete-account'], terminal('yes\n'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/3 people/);
    expect(result.err).toMatch(/Type "delete"/);
    expect(result.err).toMatch(/Nothing was erased/);
    expect(await connections()).toBe(3);
  });

  it('erases everything once confirmed, down to the bytes of the store file', async () => {
    const result = await run(['delete-account'], terminal('delete\n'));
    expect(result.err).toMatch(/Type "delete"/);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Erased \d+ rows/);
    expect(await connections()).toBe(0);
    // secure_delete and the truncated write-ahead log: the names are not in the file either.
    const bytes = ['weakties.sqlite', 'weakties.sqlite-wal']
      .map((name) => join(home, name))
      .filter((path) => existsSync(path))
      .map((path) => readFileSync(path).toString('latin1'))
      .join('');
    expect(bytes.length).toBeGreaterThan(0);
    for (const text of ['Lindqvist', 'Weberling', 'evil.example', 'Vandelay']) {
      expect(bytes.includes(text), text).toBe(false);
    }
    // The app keeps working: the same export imports again.
    expect((await run(['import', csvPath, '--quiet'])).code).toBe(0);
    expect(await connections()).toBe(3);
  });

  it('erases at once with --yes', async () => {
    const result = await run(['delete-account', '--yes', '--json']);
    expect(result.code).toBe(0);
    const erased = JSON.parse(result.out) as { rows: number; tables: Record<string, number> };
    expect(erased.tables.people).toBe(3);
    expect(erased.tables.connections).toBe(3);
    expect(await connections()).toBe(0);
  });
});
