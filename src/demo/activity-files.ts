/**
 * What the owner did on LinkedIn besides connecting and messaging: Company Follows.csv (18
 * companies, mostly targets, as in docs/demo-data.md), Events.csv (the recent conferences) and
 * Shares.csv, the owner's posts, in the current UTF-8 layout `Date,ShareLink,ShareCommentary,
 * SharedUrl,MediaUrl,Visibility` (docs/formats.md's table gives only the 2018 UTF-16 variant; this is
 * the layout public parsers of 2024-26 exports read).
 */
import type { CompanyCatalogue } from './company-catalogue.js';
import type { ConferenceEvent } from './conference-events.js';
import { encodeCsvFile } from './csv-text.js';
import { DAY_MS, formatEventRange, formatJavaDate, formatShareDate } from './linkedin-dates.js';
import type { OwnerStory } from './owner-story.js';
import type { Rng } from './rng.js';
import type { TargetCompanies } from './target-companies.js';

export const COMPANY_FOLLOWS_HEADER = ['Organization', 'Followed On'] as const;
export const EVENTS_HEADER = ['Event Name', 'Event Time', 'Status', 'External Url'] as const;
export const SHARES_HEADER = [
  'Date',
  'ShareLink',
  'ShareCommentary',
  'SharedUrl',
  'MediaUrl',
  'Visibility',
] as const;

const FOLLOW_COUNT = 18;
const EVENT_YEARS = 4;

export interface CompanyFollow {
  organization: string;
  followedMs: number;
}

function clockTime(rng: Rng, dayMs: number): number {
  return dayMs - (dayMs % DAY_MS) + rng.int(6 * 3600, 23 * 3600) * 1000;
}

/** Targets followed lately; the owner's employers when they joined them. */
export function inventCompanyFollows(
  rng: Rng,
  exportMs: number,
  owner: OwnerStory,
  catalogue: CompanyCatalogue,
  targets: TargetCompanies,
): CompanyFollow[] {
  const follows: CompanyFollow[] = [];
  const seen = new Set<string>();
  const follow = (organization: string, followedMs: number): void => {
    if (!organization || seen.has(organization) || follows.length >= FOLLOW_COUNT) return;
    seen.add(organization);
    follows.push({
      organization,
      followedMs: Math.min(exportMs - 60_000, clockTime(rng, followedMs)),
    });
  };
  const recently = (): number => exportMs - Math.floor(700 * rng.next() ** 1.5 + 1) * DAY_MS;
  for (const employer of owner.employers.slice(-2))
    follow(employer.company.name, employer.startMs + rng.int(0, 20) * DAY_MS);
  for (const name of targets.dream) follow(name, recently());
  for (const rival of catalogue.rivals) follow(rival.name, recently());
  for (const name of [...targets.present.slice(0, 3), ...targets.absent.slice(0, 2)])
    follow(name, recently());
  for (const giant of catalogue.giants) follow(giant.name, recently());
  return follows.sort((a, b) => b.followedMs - a.followedMs);
}

export function encodeCompanyFollowsCsv(follows: readonly CompanyFollow[]): Buffer {
  return encodeCsvFile(
    COMPANY_FOLLOWS_HEADER,
    follows.map((f) => [f.organization, formatJavaDate(f.followedMs)]),
  );
}

/** LinkedIn Events are recent: the last four years of conferences, newest first. */
export function encodeEventsCsv(
  events: readonly ConferenceEvent[],
  exportMs: number,
): { csv: Buffer; rows: number } {
  const since = exportMs - EVENT_YEARS * 365 * DAY_MS;
  const rows = events
    .filter((e) => e.startMs >= since && e.startMs < exportMs)
    .sort((a, b) => b.startMs - a.startMs)
    .map((e) => [e.name, formatEventRange(e.startMs, e.endMs), e.status, e.externalUrl]);
  return { csv: encodeCsvFile(EVENTS_HEADER, rows), rows: rows.length };
}

export interface Share {
  sharedMs: number;
  link: string;
  commentary: string;
  sharedUrl: string;
  mediaUrl: string;
}

const SHARE_TEXTS = [
  'Three things I learned about {topic} this year:\n1. Write it down.\n2. Measure what matters.\n3. Talk to the people doing the work.',
  'Great conversations at {event} today. Thanks to everyone who stopped by, and to the organisers for a day full of "aha" moments.',
  'After {years} years, one lesson about {topic} keeps coming back: the best work is boring, careful and kind. #{tag}',
  'Personal news: I am looking for my next role as a {role}. If your team works on {topic}, I would love to hear from you. Shares appreciated!',
  'New post on the blog: what we got wrong about {topic}, and what we changed.',
  'Hiring friends: what is one question you always ask in interviews? Mine: "what would you change about how your last team worked?"',
] as const;

export function inventShares(
  rng: Rng,
  exportMs: number,
  owner: OwnerStory,
  events: readonly ConferenceEvent[],
): Share[] {
  const count = rng.int(5, 8);
  const shares: Share[] = [];
  for (let i = 0; i < count; i++) {
    const template = SHARE_TEXTS[i % SHARE_TEXTS.length] ?? SHARE_TEXTS[0];
    const topic = rng.pick(owner.track.topics);
    const commentary = template
      .replace('{topic}', topic)
      .replace('{event}', events[events.length - 1]?.name ?? 'the meetup')
      .replace('{years}', String(Math.round((exportMs - owner.careerStartMs) / (365 * DAY_MS))))
      .replace('{role}', owner.track.targetTitles[0] ?? 'lead')
      .replace('{tag}', topic.replace(/[^a-zA-Z]/g, ''));
    let activity = '7';
    for (let d = 0; d < 18; d++) activity += String(rng.int(0, 9));
    const kind = rng.chance(0.5) ? 'share' : 'ugcPost';
    shares.push({
      sharedMs: exportMs - rng.int(3, 720) * DAY_MS + rng.int(6 * 3600, 22 * 3600) * 1000,
      link: `https://www.linkedin.com/feed/update/urn%3Ali%3A${kind}%3A${activity}`,
      commentary,
      sharedUrl: template.includes('blog')
        ? `https://blog.example/${topic.replace(/[^a-z]+/gi, '-').toLowerCase()}`
        : '',
      mediaUrl: rng.chance(0.2) ? `https://media.example/image/${activity.slice(-8)}.jpg` : '',
    });
  }
  return shares.sort((a, b) => b.sharedMs - a.sharedMs);
}

export function encodeSharesCsv(shares: readonly Share[]): Buffer {
  return encodeCsvFile(
    SHARES_HEADER,
    shares.map((s) => [
      formatShareDate(s.sharedMs),
      s.link,
      s.commentary,
      s.sharedUrl,
      s.mediaUrl,
      'MEMBER_NETWORK',
    ]),
  );
}
