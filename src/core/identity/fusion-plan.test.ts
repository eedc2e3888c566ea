import { describe, expect, it } from 'vitest';
import { guardOf, planAutoMerges, reviewBand } from './fusion-plan.js';
import { jaroWinkler } from './jaro-winkler.js';
import { scorePeople, type IdentityRecord } from './match-model.js';

let nextId = 1;
function person(fields: Partial<IdentityRecord> & { name: string }): IdentityRecord {
  const [first = '', ...rest] = fields.name.split(' ');
  return {
    id: fields.id ?? nextId++,
    names: [{ first, last: rest.join(' ') }],
    company: fields.company ?? '',
    emails: fields.emails ?? [],
    phones: fields.phones ?? [],
    profileUrls: fields.profileUrls ?? [],
    conversationIds: fields.conversationIds ?? [],
    sources: fields.sources ?? ['vcard:vcard'],
    isConnection: fields.isConnection ?? false,
    ...(fields.connectedOn !== undefined ? { connectedOn: fields.connectedOn } : {}),
  };
}

const connection = (name: string, company: string, slug: string, connectedOn = '2024-05-01') =>
  person({
    name,
    company,
    profileUrls: [`linkedin.com/in/${slug}`],
    sources: ['linkedin:connections'],
    isConnection: true,
    connectedOn,
  });

/** Scores the people and says what fusion does with the pair of the first two. */
function decide(records: IdentityRecord[]) {
  const [a, b] = records as [IdentityRecord, IdentityRecord];
  const { pairs } = scorePeople(records);
  const pair = pairs.find((p) => p.a === Math.min(a.id, b.id) && p.b === Math.max(a.id, b.id));
  const merged = planAutoMerges(records, pairs, 0.9).some(
    (m) => [m.keptId, m.mergedId].sort().join() === [a.id, b.id].sort().join(),
  );
  const reviewed = reviewBand(records, pairs, new Set(), 0.9).find((r) => r.pair === pair);
  return { pair, merged, reviewed, guard: pair ? guardOf(pair) : undefined };
}

describe('identity fusion guards', () => {
  it('merges a connection and a phone-book card of one name, employer and work domain', () => {
    const result = decide([
      connection('Ana Ruiz', 'Acme Payments', 'anaruiz'),
      person({
        name: 'Ana Ruiz',
        company: 'Acme Payments',
        emails: ['ana.ruiz@acme-payments.com'],
      }),
    ]);
    expect(result.guard).toBeUndefined();
    expect(result.merged).toBe(true);
    expect(result.pair?.reasons.map((r) => `${r.comparison}:${r.level}`)).toEqual(
      expect.arrayContaining(['name:exact', 'company:same', 'email:company-domain']),
    );
  });

  it('takes a first name cut short for the same first name', () => {
    const result = decide([
      connection('Franziska Lehmann', 'Praiavia', 'franziska-lehmann'),
      person({ name: 'Franzi Lehmann', company: 'Praiavia', phones: ['+491701234567'] }),
    ]);
    expect(result.pair?.reasons.find((r) => r.comparison === 'name')?.level).toBe('nickname');
    expect(result.merged).toBe(true);
  });

  it('never merges two different names that share only a phone number (a switchboard)', () => {
    const result = decide([
      person({ name: 'Ana Ruiz', phones: ['+34912345678'] }),
      person({ name: 'Luis Ortega', phones: ['+34912345678'] }),
    ]);
    expect(result.merged).toBe(false);
    expect(result.guard).toBe('names-differ');
    // A shared number is strong evidence: the pair is proposed, not dropped.
    expect(result.reviewed?.guard).toBe('names-differ');
  });

  it('never merges two different names that share only an email address (a family address)', () => {
    const result = decide([
      person({ name: 'Marta Vidal', emails: ['casa.vidal@example.org'] }),
      person({
        name: 'Pere Vidal',
        emails: ['casa.vidal@example.org'],
        sources: ['mbox:messages'],
      }),
    ]);
    expect(result.merged).toBe(false);
    expect(result.guard).toBe('names-differ');
  });

  it('never merges on the name alone', () => {
    const result = decide([
      connection('Ana Ruiz', 'Acme Payments', 'anaruiz'),
      person({ name: 'Ana Ruiz', emails: ['anaruiz@example.com'], sources: ['mbox:messages'] }),
    ]);
    expect(result.merged).toBe(false);
    expect(result.guard).toBe('name-only');
  });

  it('keeps two people of one name apart when their profile URLs differ', () => {
    const result = decide([
      person({ name: 'Ana Ruiz', company: 'Acme', profileUrls: ['linkedin.com/in/ana-ruiz-1'] }),
      person({ name: 'Ana Ruiz', company: 'Acme', profileUrls: ['linkedin.com/in/ana-ruiz-2'] }),
    ]);
    expect(result.pair).toBeUndefined();
    expect(result.merged).toBe(false);
  });

  it('keeps two connections of one name apart when they connected on different days', () => {
    const a = connection('Ana Ruiz', 'Acme', 'x', '2021-03-04');
    const b = { ...connection('Ana Ruiz', 'Acme', 'y', '2023-09-10'), profileUrls: [] };
    const result = decide([a, b]);
    expect(result.pair).toBeUndefined();
  });

  it('keeps two people of one name apart when their employers differ', () => {
    const result = decide([
      connection('Ana Ruiz', 'Acme Payments', 'anaruiz'),
      person({ name: 'Ana Ruiz', company: 'Globex', phones: ['+34600111222'] }),
    ]);
    expect(result.merged).toBe(false);
    expect(result.guard).toBe('employers-differ');
  });

  it('asks instead of merging when a card fits two connections equally well', () => {
    const records = [
      person({ name: 'Ryan Mitchell', company: 'Riverpath', phones: ['+13035550123'] }),
      connection('Ryan Mitchell', 'Riverpath', 'ryan-mitchell-1', '2022-01-01'),
      connection('Ryan Mitchell', 'Riverpath', 'ryan-mitchell-2', '2023-01-01'),
    ];
    const { pairs } = scorePeople(records);
    expect(planAutoMerges(records, pairs, 0.9)).toEqual([]);
    const band = reviewBand(records, pairs, new Set(), 0.9);
    expect(band.map((r) => r.guard)).toEqual(['ambiguous', 'ambiguous']);
  });
});

describe('jaroWinkler', () => {
  it("gives Winkler's published values", () => {
    // Winkler (1990) and the usual worked examples of the comparator.
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });
});
