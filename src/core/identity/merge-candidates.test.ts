import { describe, expect, it } from 'vitest';
import { normaliseNameText } from '../person-name.js';
import { findMergeCandidates, type CandidatePerson } from './merge-candidates.js';

function person(id: number, first: string, last: string, extra: Partial<CandidatePerson> = {}) {
  return {
    id,
    matchName: normaliseNameText(`${first} ${last}`),
    firstName: first,
    lastName: last,
    company: '',
    emailDomains: [],
    phones: [],
    profileUrls: [],
    conversationIds: [],
    sources: ['linkedin:connections'],
    ...extra,
  } satisfies CandidatePerson;
}

const codes = (people: CandidatePerson[]) =>
  findMergeCandidates(people).map((c) => ({ a: c.a, b: c.b, codes: c.reasons.map((r) => r.code) }));

describe('findMergeCandidates', () => {
  it('pairs the same name at the same company (0.5 + 0.3)', () => {
    const result = findMergeCandidates([
      person(1, 'Ana', 'Ruiz', { company: 'Acme Inc.' }),
      person(2, 'ana', 'RUIZ', { company: 'ACME', sources: ['linkedin:connections'] }),
    ]);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ a: 1, b: 2, score: 0.8 });
    expect(result[0]?.reasons.map((r) => r.code)).toEqual(['same-name', 'same-company']);
  });

  it('never pairs coworkers with similar but different names on company alone', () => {
    const acme = { company: 'Acme', emailDomains: ['acme.com'], conversationIds: [7] };
    expect(
      findMergeCandidates([
        person(1, 'Ana', 'Ruiz', acme),
        person(2, 'Ana', 'Ruíz-Ortega', { ...acme, sources: ['whatsapp'] }),
        person(3, 'María', 'Ruiz', { ...acme, sources: ['vcard'] }),
        person(4, 'Anabel', 'Ruiz', { ...acme, sources: ['mbox'] }),
      ]),
    ).toEqual([]);
  });

  it('pairs a nickname with its formal name when they share a work email domain', () => {
    const result = findMergeCandidates([
      person(10, 'Robert', 'Smith', { emailDomains: ['globex.com'] }),
      person(11, 'Bob', 'Smith', { emailDomains: ['globex.com'] }),
    ]);
    expect(result).toEqual([
      {
        a: 10,
        b: 11,
        score: 0.6,
        reasons: [
          { code: 'nickname', detail: '"robert" and "bob" are one first name' },
          { code: 'shared-email-domain', detail: 'both write from @globex.com' },
        ],
      },
    ]);
  });

  it('does not count a webmail domain as evidence', () => {
    expect(
      findMergeCandidates([
        person(10, 'Robert', 'Smith', { emailDomains: ['gmail.com'] }),
        person(11, 'Bob', 'Smith', { emailDomains: ['gmail.com'] }),
      ]),
    ).toEqual([]);
  });

  it('pairs an initial with a full first name at the same company', () => {
    expect(
      codes([
        person(1, 'J.', 'Smith', { company: 'Initech' }),
        person(2, 'Jane', 'Smith', { company: 'Initech LLC' }),
        person(3, 'John', 'Doe', { company: 'Initech' }),
      ]),
    ).toEqual([{ a: 1, b: 2, codes: ['initial', 'same-company'] }]);
  });

  it('pairs a name with missing accents seen in another source', () => {
    const result = findMergeCandidates([
      person(1, 'José', 'García'),
      person(2, 'Jose', 'Garcia', { sources: ['whatsapp'] }),
    ]);
    expect(result.map((c) => [c.a, c.b, c.score])).toEqual([[1, 2, 0.6]]);
    expect(result[0]?.reasons.map((r) => r.code)).toEqual([
      'same-name',
      'accents-differ',
      'different-sources',
    ]);
  });

  it('pairs a name written "Last, First" with the same name in order', () => {
    const result = findMergeCandidates([
      person(1, 'Ana', 'Ruiz', { company: 'Acme' }),
      // A name-only source read "Ruiz, Ana" as first "Ruiz," and last "Ana".
      person(2, 'Ruiz,', 'Ana', { sources: ['vcard'] }),
    ]);
    expect(result.map((c) => [c.a, c.b, c.score])).toEqual([[1, 2, 0.6]]);
    expect(result[0]?.reasons[0]?.code).toBe('last-first-order');
    expect(result[0]?.reasons[0]?.detail).toContain('Last, First');
  });

  it('counts shared conversation threads, capped at two', () => {
    const result = findMergeCandidates([
      person(1, 'Li', 'Wei', { conversationIds: [1, 2, 3] }),
      person(2, 'Li', 'Wei', { conversationIds: [1, 2, 3] }),
    ]);
    // 0.5 for the name + min(0.3, 3 x 0.15); both seen only on LinkedIn.
    expect(result.map((c) => c.score)).toEqual([0.8]);
  });

  it('leaves the same name alone when nothing else agrees', () => {
    expect(findMergeCandidates([person(1, 'Li', 'Wei'), person(2, 'Li', 'Wei')])).toEqual([]);
  });

  it('never pairs two people with different LinkedIn profiles', () => {
    expect(
      findMergeCandidates([
        person(1, 'Ana', 'Ruiz', { company: 'Acme', profileUrls: ['linkedin.com/in/anaruiz'] }),
        person(2, 'Ana', 'Ruiz', { company: 'Acme', profileUrls: ['linkedin.com/in/ana-ruiz-2'] }),
      ]),
    ).toEqual([]);
  });

  it('skips people without a first and last name', () => {
    expect(
      findMergeCandidates([
        person(1, 'Ana', '', { company: 'Acme' }),
        person(2, 'Ana', '', { company: 'Acme' }),
      ]),
    ).toEqual([]);
  });

  it('proposes each pair once and sorts best first', () => {
    const result = findMergeCandidates([
      person(5, 'Ana', 'Ruiz', { company: 'Acme' }),
      person(3, 'Ana', 'Ruiz', { company: 'Acme', sources: ['whatsapp'] }),
      person(4, 'Bob', 'Smith', { company: 'Globex' }),
      person(9, 'Robert', 'Smith', { company: 'Globex' }),
    ]);
    expect(result.map((c) => [c.a, c.b, c.score])).toEqual([
      [3, 5, 0.9],
      [4, 9, 0.65],
    ]);
  });

  it('gives no pairs for thousands of distinct names at one company', () => {
    const people = Array.from({ length: 5000 }, (_, i) =>
      person(i + 1, `First${i}`, `Last${i}`, { company: 'Acme' }),
    );
    expect(findMergeCandidates(people)).toEqual([]);
  });
});
