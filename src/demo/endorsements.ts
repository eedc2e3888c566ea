/**
 * Endorsement_Received_Info.csv: skills endorsed by connections, mostly former colleagues, the
 * owner's top skills most often. The URL has no scheme and dates read `2024/12/07 14:51:07 UTC`
 * (docs/formats.md section 1).
 */
import { encodeCsvFile } from './csv-text.js';
import { DAY_MS, formatSlashedUtcDate } from './linkedin-dates.js';
import { formatBareProfileUrl } from './names.js';
import type { Circle, Connection } from './network.js';
import type { OwnerStory } from './owner-story.js';
import { cumulativeWeights, pickIndex, sampleWeighted, type Rng } from './rng.js';

export const ENDORSEMENTS_HEADER = [
  'Endorsement Date',
  'Skill Name',
  'Endorser First Name',
  'Endorser Last Name',
  'Endorser Public Url',
  'Endorsement Status',
] as const;

export interface Endorsement {
  endorsedMs: number;
  skill: string;
  endorser: Connection;
}

/** Endorsements per connection (design choice: about 60 for 1,500 connections). */
const PER_CONNECTION = 0.04;
const ENDORSER_WEIGHT: Record<Circle, number> = {
  colleague: 8,
  school: 3,
  industry: 1.5,
  conference: 1,
  recruiter: 0.3,
  stranger: 0.2,
};
const WINDOW_MS = 8 * 365 * DAY_MS;

export function inventEndorsements(
  rng: Rng,
  exportMs: number,
  owner: OwnerStory,
  connections: readonly Connection[],
): Endorsement[] {
  const total = Math.max(5, Math.round(connections.length * PER_CONNECTION));
  const weights = connections.map((c) => (c.isBlank ? 0 : ENDORSER_WEIGHT[c.circle]));
  const endorsers = sampleWeighted(rng, weights, Math.ceil(total / 1.6));
  const skills = owner.track.skills;
  const skillWeights = cumulativeWeights(skills.map((_, rank) => 1 / (rank + 1)));
  const endorsements: Endorsement[] = [];
  for (let i = 0; i < total && endorsers.length > 0; i++) {
    const endorser = connections[endorsers[i % endorsers.length] ?? 0];
    if (!endorser) continue;
    const from = Math.max(endorser.connectedOnMs, exportMs - WINDOW_MS);
    endorsements.push({
      endorsedMs: from + Math.floor((rng.next() * (exportMs - from)) / 1000) * 1000,
      skill: skills[pickIndex(rng, skillWeights)] ?? 'Leadership',
      endorser,
    });
  }
  return endorsements.sort((a, b) => b.endorsedMs - a.endorsedMs);
}

export function encodeEndorsementsCsv(endorsements: readonly Endorsement[]): Buffer {
  return encodeCsvFile(
    ENDORSEMENTS_HEADER,
    endorsements.map((e) => [
      formatSlashedUtcDate(e.endorsedMs),
      e.skill,
      e.endorser.firstName,
      e.endorser.lastName,
      formatBareProfileUrl(e.endorser.slug),
      'ACCEPTED',
    ]),
  );
}
