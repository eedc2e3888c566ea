import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** Runs the real CLI in-process against a throwaway WEAKTIES_HOME and captures its output. */
function cli(home: string) {
  return async (...argv: string[]) => {
    let out = '';
    let err = '';
    const sink = (append: (s: string) => void) =>
      new Writable({
        write(chunk: Buffer, _enc, done) {
          append(chunk.toString());
          done();
        },
      });
    const code = await runCli(argv, {
      stdout: sink((s) => (out += s)),
      stderr: sink((s) => (err += s)),
      env: { WEAKTIES_HOME: home },
    });
    return { code, out, err };
  };
}

const home = mkdtempSync(join(tmpdir(), 'weakties-cli-'));
const run = cli(home);

describe('weakties CLI on the demo data', () => {
  beforeAll(async () => {
    const demo = await run('demo', '--quiet');
    expect(demo.err).toBe('');
    expect(demo.code).toBe(0);
  });

  it('prints the network figures the demo was generated with', async () => {
    const { code, out } = await run('stats', '--demo', '--json');
    expect(code).toBe(0);
    const stats = JSON.parse(out) as {
      connections: number;
      messagedShare: number;
      messages: number;
    };
    // docs/demo-data.md: about 1,500 connections less 1.2 % blank rows; about 10 % ever messaged.
    expect(stats.connections).toBeGreaterThan(1400);
    expect(stats.connections).toBeLessThan(1500);
    expect(stats.messagedShare).toBeGreaterThan(0.05);
    expect(stats.messagedShare).toBeLessThan(0.2);
  });

  it('logs help received with --help-kind, and says what was wrong with --help advice', async () => {
    const pipeline = async () => (await run('pipeline', '--demo', '--json')).out;
    const before = await pipeline();
    const misuse = await run('log', '1021', 'help-received', '--help', 'advice', '--demo');
    expect(misuse.code).toBe(64);
    expect(misuse.err).toContain('--help-kind');
    expect(misuse.err).toContain('Nothing was recorded');
    const bad = await run('log', '1021', 'help-received', '--help-kind', 'money', '--demo');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('nothing was recorded');
    const moved = await run('pipeline', 'move', '1021', 'helped', '--help', 'referral', '--demo');
    expect(moved.code).toBe(64);
    expect(moved.err).toContain('--help-kind');
    expect(await pipeline()).toBe(before);
    const good = await run('log', '1021', 'help-received', '--help-kind', 'advice', '--demo');
    expect(good.code).toBe(0);
    expect(good.out).toContain('(advice)');
  });

  it('changes nothing when the demo runs again', async () => {
    const before = JSON.parse((await run('stats', '--demo', '--json')).out) as { rows: object };
    const again = await run('demo', '--quiet');
    expect(again.out).toMatch(/already imported/);
    const after = JSON.parse((await run('stats', '--demo', '--json')).out) as { rows: object };
    expect(after.rows).toEqual(before.rows);
  });

  it.each(['ask', 'reconnect', 'recruiters'])('ranks and explains the %s list', async (list) => {
    const { code, out } = await run('recommend', list, '--demo', '--json', '--limit', '5');
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      entries: { score: number; reason: string; nextAction: string; name: string }[];
    };
    expect(result.entries.length).toBeGreaterThan(0);
    // Ask ranks by who can hire or refer first, then by score; the others by score.
    const scores = result.entries.map((e) => e.score);
    if (list !== 'ask') expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const e of result.entries) {
      expect(e.name).not.toBe('');
      expect(e.reason.length).toBeGreaterThan(10);
      expect(e.nextAction.length).toBeGreaterThan(10);
    }
    // Same seed, same store: the same people in the same order (scores of people in touch move
    // with the clock).
    const again = JSON.parse(
      (await run('recommend', list, '--demo', '--json', '--limit', '5')).out,
    ) as typeof result;
    expect(again.entries.map((e) => e.name)).toEqual(result.entries.map((e) => e.name));
  });

  it('puts a prospect added by hand on the invite list, with the recorded mutual count', async () => {
    const goals = JSON.parse((await run('goals', '--demo', '--json')).out) as {
      goals: { targetCompanies: string[] };
    };
    const company = goals.goals.targetCompanies[0] ?? 'Acme';
    const added = await run(
      'add-person',
      'Priya Raman',
      '--demo',
      '--url',
      'https://www.linkedin.com/in/priya-raman-demo',
      '--title',
      'VP Engineering',
      '--company',
      company,
      '--mutuals',
      '8',
    );
    expect(added.code).toBe(0);
    const invite = JSON.parse((await run('recommend', 'invite', '--demo', '--json')).out) as {
      entries: { name: string; reason: string }[];
    };
    const priya = invite.entries.find((e) => e.name === 'Priya Raman');
    expect(priya?.reason).toMatch(/8 mutual connections/);
  });

  it('finds a person by name and shows where each identity came from', async () => {
    const people = JSON.parse((await run('people', '--demo', '--json', '--limit', '1')).out) as {
      people: { id: number; displayName: string }[];
    };
    const first = people.people[0];
    expect(first).toBeDefined();
    const shown = await run('person', String(first?.id), '--demo');
    expect(shown.code).toBe(0);
    expect(shown.out).toContain(first?.displayName ?? '');
    expect(shown.out).toMatch(/Connections\.csv:\d+/);
  });

  it('maps failures to exit codes and one-line messages', async () => {
    const missing = await run('person', '999999', '--demo');
    expect(missing.code).toBe(66);
    expect(missing.err).toMatch(/no person with id 999999/);
    const badFlag = await run('people', '--demo', '--limit', 'many');
    expect(badFlag.code).toBe(64);
    expect(badFlag.err).toMatch(/--limit takes a whole number/);
    const unknown = await run('frobnicate');
    expect(unknown.code).toBe(64);
    const notThere = await run('import', '--demo', join(home, 'nothing-here.zip'));
    expect(notThere.code).toBe(66);
  });

  it('shows help for every command', async () => {
    for (const name of [
      'import',
      'people',
      'person',
      'stats',
      'imports',
      'recommend',
      'health',
      'plan',
    ]) {
      const { code, out } = await run(name, '--help');
      expect(code).toBe(0);
      expect(out).toMatch(/^Usage: weakties/);
    }
  });
});
