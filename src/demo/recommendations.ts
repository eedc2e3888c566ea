/**
 * Recommendations_Received.csv and Recommendations_Given.csv: a few from and to former
 * colleagues, written around the time they worked together. Both files share one header and the
 * `04/15/24, 09:25 PM` date (docs/formats.md section 1). Texts hold commas, quotes and a line break,
 * as real ones do.
 */
import { encodeCsvFile } from './csv-text.js';
import { DAY_MS, formatPaddedUsDate } from './linkedin-dates.js';
import type { Connection } from './network.js';
import type { OwnerStory } from './owner-story.js';
import { sampleWeighted, type Rng } from './rng.js';

export const RECOMMENDATIONS_HEADER = [
  'First Name',
  'Last Name',
  'Company',
  'Job Title',
  'Text',
  'Creation Date',
  'Status',
] as const;

export interface Recommendation {
  person: Connection;
  text: string;
  createdMs: number;
}

const RECEIVED_TEXTS = [
  '{me} and I worked together at {company}. {me} combines sharp judgement with real care for people, and turned vague problems into plans the whole team could follow. I would work with {me} again in a heartbeat.',
  'It is rare to find someone who is both deeply skilled and a natural mentor. At {company}, {me} led our work on {topic}, raised the bar for everyone around them, and made "we will figure it out" feel like a promise, not a hope.',
  'I managed {me} at {company}.\n\nIn two years {me} grew from a strong contributor into the person the whole team leaned on: clear in writing, honest about risk, and great with stakeholders.',
  '{me} is calm under pressure, curious, and kind. When our launch at {company} slipped, {me} reorganised the plan in a day and got us over the line. Highly recommended.',
] as const;

const GIVEN_TEXTS = [
  '{first} was one of the best people I worked with at {company}: thoughtful, fast, and always ready to help a teammate. Highly recommended.',
  'I had the pleasure of working with {first} at {company}. {first} brought structure, humour and a lot of care to a difficult project, and delivered.',
  '{first} is the kind of colleague who makes everyone better. Clear thinker, generous reviewer, reliable under pressure.',
] as const;

function fill(
  template: string,
  values: Record<'me' | 'first' | 'company' | 'topic', string>,
): string {
  return template.replace(
    /\{(me|first|company|topic)\}/g,
    (_, key: 'me' | 'first' | 'company' | 'topic') => values[key],
  );
}

/** Colleagues, mostly ones connected while working together (they write at the time). */
function pickColleagues(
  rng: Rng,
  owner: OwnerStory,
  connections: readonly Connection[],
  count: number,
  exclude: ReadonlySet<number>,
): number[] {
  const weights = connections.map((c, i) => {
    if (c.isBlank || c.circle !== 'colleague' || exclude.has(i) || !c.company) return 0;
    const end = owner.employers[c.employer]?.endMs;
    return end === undefined || c.connectedOnMs <= end + 180 * DAY_MS ? 10 : 1;
  });
  return sampleWeighted(rng, weights, count);
}

/** Around the end of the shared tenure, never before connecting nor after the export. */
function dateFor(rng: Rng, owner: OwnerStory, person: Connection, exportMs: number): number {
  const employer = owner.employers[person.employer];
  const anchor = employer?.endMs ?? exportMs - rng.int(30, 300) * DAY_MS;
  const wanted = anchor + rng.int(-90, 120) * DAY_MS;
  const day = Math.min(exportMs - DAY_MS, Math.max(person.connectedOnMs + DAY_MS, wanted));
  return day - (day % DAY_MS) + rng.int(8 * 3600, 22 * 3600) * 1000;
}

export function inventRecommendations(
  rng: Rng,
  exportMs: number,
  owner: OwnerStory,
  connections: readonly Connection[],
): { received: Recommendation[]; given: Recommendation[] } {
  const receivedFrom = pickColleagues(rng, owner, connections, 4, new Set());
  const givenTo = pickColleagues(rng, owner, connections, 3, new Set(receivedFrom));
  const make = (indices: number[], templates: readonly string[]): Recommendation[] =>
    indices
      .map((index, k): Recommendation | undefined => {
        const person = connections[index];
        if (!person) return undefined;
        const company = owner.employers[person.employer]?.company.name ?? person.company;
        return {
          person,
          createdMs: dateFor(rng, owner, person, exportMs),
          text: fill(templates[k % templates.length] ?? '', {
            me: owner.firstName,
            first: person.firstName,
            company,
            topic: rng.pick(owner.track.topics),
          }),
        };
      })
      .filter((r): r is Recommendation => r !== undefined)
      .sort((a, b) => b.createdMs - a.createdMs);
  return { received: make(receivedFrom, RECEIVED_TEXTS), given: make(givenTo, GIVEN_TEXTS) };
}

export function encodeRecommendationsCsv(recommendations: readonly Recommendation[]): Buffer {
  return encodeCsvFile(
    RECOMMENDATIONS_HEADER,
    recommendations.map((r) => [
      r.person.firstName,
      r.person.lastName,
      r.person.company,
      r.person.title,
      r.text,
      formatPaddedUsDate(r.createdMs),
      'VISIBLE',
    ]),
  );
}
