/**
 * Conferences and meetups the owner went to, about one a year and more while job seeking. People
 * met there connect within days, which is how "conference contacts" show up in Connected On;
 * the recent ones (LinkedIn Events) also land in Events.csv.
 */
import type { CareerTrack } from './career-tracks.js';
import { DAY_MS, yearOf } from './linkedin-dates.js';
import type { Rng } from './rng.js';

export interface ConferenceEvent {
  name: string;
  startMs: number;
  endMs: number;
  /** Events.csv Status; `RELINQUISHED` is a value seen in public fixtures of the file. */
  status: 'ATTENDING' | 'RELINQUISHED';
  externalUrl: string;
}

const KINDS = ['Summit', 'Conference', 'Forum', 'Week', 'Unconference'] as const;
const THEMES: Record<CareerTrack['id'], readonly string[]> = {
  engineering: ['Payments Engineering', 'Platform Engineering', 'FinTech Builders', 'SRE', 'Go'],
  product: ['Product Leaders', 'SaaS Growth', 'Pricing', 'Product-Led', 'Mind the Product Gap'],
  data: ['Health Data', 'Applied ML', 'Causal Inference', 'MLOps', 'Clinical AI'],
};

export function inventConferenceEvents(
  rng: Rng,
  track: CareerTrack,
  careerStartMs: number,
  exportMs: number,
): ConferenceEvent[] {
  const events: ConferenceEvent[] = [];
  const lastYear = yearOf(exportMs);
  for (let year = yearOf(careerStartMs) + 1; year <= lastYear; year++) {
    // One a year early on, two or three in the last years of an active search (design choice).
    const perYear = year >= lastYear - 1 ? 3 : year >= lastYear - 3 ? 2 : 1;
    for (let i = 0; i < perYear; i++) {
      const day = Date.UTC(year, 0, 1) + rng.int(20, 340) * DAY_MS;
      if (day >= exportMs - 2 * DAY_MS) continue;
      const isMeetup = rng.chance(0.4);
      const startMs = day + (isMeetup ? rng.int(17, 18) : rng.int(8, 10)) * 3_600_000;
      const endMs = startMs + (isMeetup ? rng.int(1, 3) * 3_600_000 : rng.int(6, 9) * 3_600_000);
      const theme = rng.pick(THEMES[track.id]);
      const kind = isMeetup ? 'Meetup' : rng.pick(KINDS);
      const slug = `${theme} ${kind}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      events.push({
        name: `${theme} ${kind} ${year}`,
        startMs,
        endMs,
        status: rng.chance(0.9) ? 'ATTENDING' : 'RELINQUISHED',
        externalUrl: isMeetup ? '' : `https://${slug}.example/${year}`,
      });
    }
  }
  return events.sort((a, b) => a.startMs - b.startMs);
}
