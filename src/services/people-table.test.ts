import { describe, expect, it } from 'vitest';
import {
  createPeopleTable,
  describePeopleFacets,
  queryPeopleTable,
  readPeopleTableQuery,
  type PeopleTableRow,
} from './people-table.js';

function row(id: number, fields: Partial<PeopleTableRow>): PeopleTableRow {
  return {
    id,
    displayName: `Person ${id}`,
    company: '',
    title: '',
    connectedOn: null,
    lastContact: null,
    profileUrl: null,
    profileLink: null,
    messages: 0,
    isConnection: true,
    tieClass: 'never-interacted',
    opportunity: 0,
    novelty: 0,
    relevance: 0,
    closeness: 0,
    mutuals: null,
    industry: null,
    sources: ['linkedin'],
    lists: [],
    ...fields,
  };
}

// Five people, each figure chosen so that every sort gives a different order.
const ROWS = [
  row(1, {
    displayName: 'Ada Stone',
    company: 'Globex',
    title: 'CTO',
    connectedOn: '2019-04-01',
    tieClass: 'dormant',
    opportunity: 0.9,
    novelty: 0.2,
    mutuals: 12,
    lists: ['reconnect'],
  }),
  row(2, {
    displayName: 'ben Ortiz',
    company: 'Initech',
    title: 'Recruiter',
    connectedOn: '2024-01-15',
    lastContact: '2025-06-01T10:00:00Z',
    tieClass: 'weak',
    opportunity: 0.4,
    novelty: 0.8,
    mutuals: 3,
    sources: ['linkedin', 'vcard'],
    lists: ['recruiters', 'ask'],
  }),
  row(3, {
    displayName: 'Cleo Park',
    company: 'globex',
    connectedOn: '2021-09-30',
    lastContact: '2026-01-02T09:00:00Z',
    tieClass: 'strong',
    opportunity: 0.6,
    novelty: 0.5,
    industry: '51',
  }),
  row(4, {
    displayName: 'Dev Rao',
    tieClass: 'weak',
    opportunity: 0.1,
    novelty: 0.8,
    isConnection: false,
    sources: ['whatsapp'],
    lists: ['invite'],
  }),
  row(5, {
    displayName: 'Eve Lund',
    company: 'Hooli',
    connectedOn: '2024-01-15',
    tieClass: 'dormant',
    opportunity: 0.9,
    novelty: 0.1,
    mutuals: 40,
  }),
];

const table = createPeopleTable(ROWS);
const ids = (query: Parameters<typeof readPeopleTableQuery>[0]) =>
  queryPeopleTable(table, readPeopleTableQuery({ limit: '100', ...query })).people.map((p) => p.id);

describe('queryPeopleTable', () => {
  it('sorts by opportunity, best first, ties by name, and reverses on asc', () => {
    // 0.9 Ada, 0.9 Eve (A before E), 0.6 Cleo, 0.4 ben, 0.1 Dev.
    expect(ids({})).toEqual([1, 5, 3, 2, 4]);
    expect(ids({ sort: 'opportunity', order: 'asc' })).toEqual([4, 2, 3, 5, 1]);
  });

  it('sorts by novelty, so the order changes from the opportunity order', () => {
    // 0.8 ben, 0.8 Dev (b before D ignoring case), 0.5 Cleo, 0.2 Ada, 0.1 Eve.
    expect(ids({ sort: 'novelty' })).toEqual([2, 4, 3, 1, 5]);
  });

  it('sorts names ignoring case, and puts unknown values last in either order', () => {
    expect(ids({ sort: 'name' })).toEqual([1, 2, 3, 4, 5]);
    expect(ids({ sort: 'name', order: 'desc' })).toEqual([5, 4, 3, 2, 1]);
    // Mutuals unknown for Cleo and Dev: after the known ones whichever way.
    expect(ids({ sort: 'mutuals' })).toEqual([5, 1, 2, 3, 4]);
    expect(ids({ sort: 'mutuals', order: 'asc' })).toEqual([2, 1, 5, 3, 4]);
    // Dev has no connection date; ben and Eve connected the same day (b before E).
    expect(ids({ sort: 'connected' })).toEqual([2, 5, 3, 1, 4]);
    expect(ids({ sort: 'last-contact' })).toEqual([3, 2, 1, 4, 5]);
    // Companies A to Z ignoring case: Globex (Ada), globex (Cleo), Hooli, Initech, then none.
    expect(ids({ sort: 'company' })).toEqual([1, 3, 5, 2, 4]);
  });

  it('filters by class, company, industry, source, list and connection', () => {
    expect(ids({ tieClass: 'dormant' })).toEqual([1, 5]);
    expect(ids({ tieClass: 'weak', sort: 'novelty' })).toEqual([2, 4]);
    expect(ids({ company: 'GLOBEX' })).toEqual([1, 3]);
    expect(ids({ industry: '51' })).toEqual([3]);
    expect(ids({ industry: 'unknown' })).toEqual([1, 5, 2, 4]);
    expect(ids({ source: 'vcard' })).toEqual([2]);
    expect(ids({ source: 'WhatsApp' })).toEqual([4]);
    expect(ids({ list: 'ask' })).toEqual([2]);
    expect(ids({ connection: 'no' })).toEqual([4]);
    expect(ids({ search: 'recruit' })).toEqual([2]);
    expect(ids({ tieClass: 'dormant', company: 'hooli' })).toEqual([5]);
  });

  it('finds search text within one row, after names whose lower case is longer', () => {
    // "İ" lower-cases to two UTF-16 units: each row's place in the joined text must follow it.
    const turkish = createPeopleTable([
      row(1, { displayName: 'İlkay Demir', company: 'Anka' }),
      row(2, { displayName: 'Ozan Kaya', company: 'Demirtepe' }),
      row(3, { displayName: 'Selin Aras', title: 'CTO' }),
    ]);
    const found = (search: string) =>
      queryPeopleTable(turkish, readPeopleTableQuery({ search, sort: 'name' })).people.map(
        (p) => p.id,
      );
    expect(found('demir')).toEqual([1, 2]);
    expect(found('ozan')).toEqual([2]);
    expect(found('cto')).toEqual([3]);
    // Text never matches across two rows or two fields of a row.
    expect(found('anka ozan')).toEqual([]);
    expect(found('aras\ncto')).toEqual([]);
  });

  it('pages through the matches and counts them all', () => {
    const page = queryPeopleTable(table, readPeopleTableQuery({ limit: '2', offset: '1' }));
    expect(page.total).toBe(5);
    expect(page.people.map((p) => p.id)).toEqual([5, 3]);
    const last = queryPeopleTable(
      table,
      readPeopleTableQuery({ tieClass: 'dormant', limit: '2', offset: '1' }),
    );
    expect(last).toMatchObject({ total: 2, sort: 'opportunity', order: 'desc' });
    expect(last.people.map((p) => p.id)).toEqual([5]);
  });

  it.each([
    [{ sort: 'age' }, /sort is one of/],
    [{ order: 'up' }, /order is asc or desc/],
    [{ tieClass: 'close' }, /tieClass is one of/],
    [{ list: 'friends' }, /list is one of/],
    [{ industry: '99' }, /NAICS/],
    [{ connection: 'maybe' }, /"yes" or "no"/],
    [{ limit: 'ten' }, /whole number/],
    [{ offset: '-1' }, /whole number/],
  ])('refuses %j', (params, message) => {
    expect(() => queryPeopleTable(table, readPeopleTableQuery(params))).toThrow(message);
  });

  it('refuses a page of 0 or over 1,000 rows', () => {
    expect(() => ids({ limit: '0' })).toThrow(/limit/);
    expect(() => ids({ limit: '1001' })).toThrow(/limit/);
  });
});

describe('describePeopleFacets', () => {
  it('counts each choice of each filter', () => {
    const facets = describePeopleFacets(table);
    expect(facets.people).toBe(5);
    expect(facets.connections).toBe(4);
    expect(facets.tieClasses).toEqual([
      { value: 'strong', count: 1 },
      { value: 'moderately-weak', count: 0 },
      { value: 'weak', count: 2 },
      { value: 'dormant', count: 2 },
      { value: 'never-interacted', count: 0 },
    ]);
    expect(facets.sources).toEqual([
      { value: 'linkedin', count: 4 },
      { value: 'vcard', count: 1 },
      { value: 'whatsapp', count: 1 },
    ]);
    expect(facets.lists).toEqual([
      { value: 'ask', count: 1 },
      { value: 'reconnect', count: 1 },
      { value: 'recruiters', count: 1 },
      { value: 'invite', count: 1 },
      { value: 'prune', count: 0 },
    ]);
    expect(facets.industries.map((i) => [i.value, i.count])).toEqual([
      ['unknown', 4],
      ['51', 1],
    ]);
  });
});
