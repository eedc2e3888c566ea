import { describe, expect, it } from 'vitest';
import { parseTitle } from '../../core/titles/parse-title.js';
import { SENIORITY_RANK } from '../../core/titles/seniority.js';
import { inventDemoWorld } from '../demo-world.js';
import { resolveDemoOptions } from '../generate-demo-export.js';
import { foldToAscii } from '../names.js';
import { deriveRng } from '../rng.js';
import { inventAcquaintances, phoneBookName } from './acquaintances.js';

const world = inventDemoWorld(resolveDemoOptions({ seed: 3, connections: 600 }));
const book = inventAcquaintances(deriveRng(3, 'test:people'), world);
const folded = (first: string, last: string) =>
  foldToAscii(`${first} ${last}`).replace(/[^a-z0-9]+/g, ' ');

describe('inventAcquaintances', () => {
  it('invents 20 people to invite: not connections, with a company and a title at or above the owner', () => {
    const prospects = book.people.filter((a) => a.kind === 'prospect');
    expect(prospects).toHaveLength(20);
    const connectionNames = new Set(
      world.connections.filter((c) => !c.isBlank).map((c) => folded(c.firstName, c.surname)),
    );
    const current = world.owner.positions[world.owner.positions.length - 1]?.title ?? '';
    const ownerRank = SENIORITY_RANK[parseTitle(current).seniority] ?? 0;
    for (const p of prospects) {
      expect(connectionNames.has(folded(p.firstName, p.surname))).toBe(false);
      expect(p.company).not.toBe('');
      expect(SENIORITY_RANK[parseTitle(p.title).seniority] ?? -1, p.title).toBeGreaterThanOrEqual(
        ownerRank,
      );
    }
    const targets = new Set([
      ...world.targets.dream,
      ...world.targets.present,
      ...world.targets.absent,
    ]);
    expect(prospects.filter((p) => targets.has(p.company)).length).toBe(8);
  });

  it('spells some connections in the phone book otherwise than LinkedIn does', () => {
    const inBook = book.people.filter((a) => a.kind === 'connection' && a.phoneBook);
    const styles = new Set(inBook.map((a) => a.phoneBook?.style));
    for (const style of ['exact', 'no-accent', 'nickname', 'last-first'] as const) {
      expect(styles.has(style), style).toBe(true);
    }
    const lastFirst = inBook.find((a) => a.phoneBook?.style === 'last-first');
    if (!lastFirst) throw new Error('no "Last, First" entry');
    expect(phoneBookName(lastFirst).full).toBe(`${lastFirst.surname}, ${lastFirst.firstName}`);
    const plain = inBook.find((a) => a.phoneBook?.style === 'no-accent');
    if (!plain) throw new Error('no entry without accents');
    expect(phoneBookName(plain).full).not.toBe(`${plain.firstName} ${plain.surname}`);
    expect(phoneBookName(plain).full).toMatch(/^[\x20-\x7e]+$/);
  });

  it('has people known by phone in one source and by email in another', () => {
    const split = book.people.filter(
      (a) => a.phoneBook && !a.phoneBook.withEmail && a.google && !a.google.withPhone && a.email,
    );
    expect(split.length).toBeGreaterThan(3);
  });

  it('gives every number once, from the ranges reserved for fiction', () => {
    const numbers = book.people.flatMap((a) => (a.phone ? [a.phone.e164] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) expect(n).toMatch(/^\+1\d{3}55501\d\d$|^\+447700900\d{3}$/);
    expect(numbers).not.toContain(`+${world.owner.phone.replace(/\D/g, '')}`);
  });

  it('keeps old friends and family out of LinkedIn', () => {
    const offLinkedIn = book.people.filter((a) => a.kind === 'friend' || a.kind === 'family');
    expect(offLinkedIn.length).toBeGreaterThan(40);
    expect(offLinkedIn.every((a) => a.connection === undefined)).toBe(true);
  });
});
