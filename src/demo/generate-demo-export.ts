/**
 * The seeded demo export (issue 3, item 7): a synthetic LinkedIn "Get a copy of your data" zip in
 * the current (2024-26) format, shaped like the real export docs/demo-data.md measures, for the demo,
 * the tests and the benchmark. Pure: the same options give the same bytes, with no clock and no
 * Math.random(); `writeDemoExport` is the only part that touches the disk.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../core/app-error.js';
import { encodeCompanyFollowsCsv, encodeEventsCsv, encodeSharesCsv } from './activity-files.js';
import { encodeConnectionsCsv } from './connections-file.js';
import { inventDemoWorld } from './demo-world.js';
import { encodeEndorsementsCsv } from './endorsements.js';
import { encodeInvitationsCsv } from './invitations.js';
import { encodeJobSeekerPreferencesCsv, encodeSavedJobsCsv } from './job-seeker-files.js';
import { parseIsoDay } from './linkedin-dates.js';
import { encodeMessagesCsv } from './messages-file.js';
import {
  encodeEducationCsv,
  encodeEmailAddressesCsv,
  encodePhoneNumbersCsv,
  encodePositionsCsv,
  encodeProfileCsv,
  encodeSkillsCsv,
} from './owner-files.js';
import { encodeRecommendationsCsv } from './recommendations.js';
import { buildZip, type ZipEntry } from './zip-archive.js';

export interface DemoOptions {
  seed: number;
  /** First-degree connections, 10 to 30,000 (LinkedIn's cap, docs/science.md section 6). */
  connections: number;
  /** Rows of messages.csv, drafts included. */
  messages: number;
  /** `YYYY-MM-DD`: the day the export was requested; nothing in it is later. */
  exportDate: string;
}

export interface DemoFileSummary {
  path: string;
  rows: number;
  bytes: number;
}

export interface DemoSummary {
  seed: number;
  exportDate: string;
  owner: { name: string; profileUrl: string; headline: string; careerTrack: string };
  files: DemoFileSummary[];
  connections: number;
  blankConnections: number;
  connectionsWithEmail: number;
  distinctCompanies: number;
  messages: number;
  conversations: number;
  drafts: number;
  sponsoredMessages: number;
  messagedConnections: number;
  invitations: number;
  outgoingInvitations: number;
  positions: number;
  skills: number;
  endorsements: number;
  recommendationsReceived: number;
  recommendationsGiven: number;
  companyFollows: number;
  events: number;
  savedJobs: number;
  shares: number;
  dreamCompanies: string[];
}

/** docs/demo-data.md: 2,143 messages for 3,761 connections in the real 2024 export. */
const MESSAGES_PER_CONNECTION = 2143 / 3761;
/** LinkedIn's connection cap (docs/science.md section 6). */
const MAX_CONNECTIONS = 30_000;
/** Bounds that keep a run within memory (design choice). */
const MIN_CONNECTIONS = 10;
const MAX_MESSAGES = 1_000_000;

export const DEFAULT_DEMO_OPTIONS: DemoOptions = {
  seed: 42,
  connections: 1500,
  messages: Math.round(1500 * MESSAGES_PER_CONNECTION),
  // A fixed day so the output never depends on the clock.
  exportDate: '2026-11-01',
};

function checkInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError(
      'invalid-input',
      `${name} must be a whole number from ${min} to ${max}, got ${value}`,
    );
  }
}

/** Fills in defaults (messages scale with connections when not given) and checks the bounds. */
export function resolveDemoOptions(options: Partial<DemoOptions> = {}): DemoOptions {
  const connections = options.connections ?? DEFAULT_DEMO_OPTIONS.connections;
  checkInteger('connections', connections, MIN_CONNECTIONS, MAX_CONNECTIONS);
  const messages = options.messages ?? Math.round(connections * MESSAGES_PER_CONNECTION);
  checkInteger('messages', messages, 0, MAX_MESSAGES);
  const seed = options.seed ?? DEFAULT_DEMO_OPTIONS.seed;
  if (!Number.isSafeInteger(seed)) {
    throw new AppError('invalid-input', `seed must be a whole number, got ${seed}`);
  }
  const exportDate = options.exportDate ?? DEFAULT_DEMO_OPTIONS.exportDate;
  const exportMs = parseIsoDay(exportDate);
  if (
    exportMs === undefined ||
    exportMs < Date.UTC(2016, 0, 1) ||
    exportMs >= Date.UTC(2100, 0, 1)
  ) {
    throw new AppError(
      'invalid-input',
      `exportDate must be a day from 2016-01-01 to 2099-12-31 as YYYY-MM-DD, got ${exportDate}`,
    );
  }
  return { seed, connections, messages, exportDate };
}

/** `Complete_LinkedInDataExport_11-01-2026.zip` for 2026-11-01 (docs/formats.md section 1). */
export function demoExportFileName(exportDate: string): string {
  const [year, month, day] = exportDate.split('-');
  return `Complete_LinkedInDataExport_${month}-${day}-${year}.zip`;
}

export async function generateDemoExport(
  options: Partial<DemoOptions> = {},
): Promise<{ zip: Buffer; fileName: string; summary: DemoSummary }> {
  const resolved = resolveDemoOptions(options);
  const { seed, exportDate } = resolved;
  const world = inventDemoWorld(resolved);
  const {
    exportMs,
    track,
    owner,
    events,
    connections,
    conversations,
    invitations,
    endorsements,
    recommendations,
    targets,
    savedJobs,
    follows,
    shares,
  } = world;

  const messages = conversations.flatMap((c) => c.messages);
  const recentEvents = encodeEventsCsv(events, exportMs);
  const entries: (ZipEntry & { rows: number })[] = [
    {
      path: 'Connections.csv',
      content: encodeConnectionsCsv(connections),
      rows: connections.length,
    },
    { path: 'messages.csv', content: encodeMessagesCsv(conversations), rows: messages.length },
    {
      path: 'Invitations.csv',
      content: encodeInvitationsCsv(invitations),
      rows: invitations.length,
    },
    { path: 'Profile.csv', content: encodeProfileCsv(owner), rows: 1 },
    { path: 'Positions.csv', content: encodePositionsCsv(owner), rows: owner.positions.length },
    { path: 'Education.csv', content: encodeEducationCsv(owner), rows: 1 },
    {
      path: 'Email Addresses.csv',
      content: encodeEmailAddressesCsv(owner),
      rows: owner.emails.length,
    },
    { path: 'PhoneNumbers.csv', content: encodePhoneNumbersCsv(owner), rows: 1 },
    { path: 'Skills.csv', content: encodeSkillsCsv(owner), rows: track.skills.length },
    {
      path: 'Endorsement_Received_Info.csv',
      content: encodeEndorsementsCsv(endorsements),
      rows: endorsements.length,
    },
    {
      path: 'Recommendations_Received.csv',
      content: encodeRecommendationsCsv(recommendations.received),
      rows: recommendations.received.length,
    },
    {
      path: 'Recommendations_Given.csv',
      content: encodeRecommendationsCsv(recommendations.given),
      rows: recommendations.given.length,
    },
    {
      path: 'Company Follows.csv',
      content: encodeCompanyFollowsCsv(follows),
      rows: follows.length,
    },
    { path: 'Events.csv', content: recentEvents.csv, rows: recentEvents.rows },
    {
      path: 'Job Seeker Preferences.csv',
      content: encodeJobSeekerPreferencesCsv(owner, targets),
      rows: 1,
    },
    { path: 'Shares.csv', content: encodeSharesCsv(shares), rows: shares.length },
    { path: 'Jobs/Saved Jobs.csv', content: encodeSavedJobsCsv(savedJobs), rows: savedJobs.length },
  ];
  const exportDay = new Date(exportMs);
  const zip = await buildZip(entries, {
    year: exportDay.getUTCFullYear(),
    month: exportDay.getUTCMonth() + 1,
    day: exportDay.getUTCDate(),
    hour: 12,
  });

  const messaged = new Set(
    conversations.flatMap((c) => (c.messages.some((m) => !m.isDraft) ? c.connectionIndices : [])),
  );
  const named = connections.filter((c) => !c.isBlank);
  const fileName = demoExportFileName(exportDate);
  const summary: DemoSummary = {
    seed,
    exportDate,
    owner: {
      name: owner.fullName,
      profileUrl: owner.profileUrl,
      headline: owner.headline,
      careerTrack: track.id,
    },
    files: entries.map((e) => ({
      path: e.path,
      rows: e.rows,
      bytes: e.content.length,
    })),
    connections: connections.length,
    blankConnections: connections.length - named.length,
    connectionsWithEmail: named.filter((c) => c.email !== '').length,
    distinctCompanies: new Set(named.map((c) => c.company).filter((c) => c !== '')).size,
    messages: messages.length,
    conversations: conversations.length,
    drafts: messages.filter((m) => m.isDraft).length,
    sponsoredMessages: conversations.filter((c) => c.participants.some((p) => p.url === '')).length,
    messagedConnections: messaged.size,
    invitations: invitations.length,
    outgoingInvitations: invitations.filter((i) => i.direction === 'OUTGOING').length,
    positions: owner.positions.length,
    skills: track.skills.length,
    endorsements: endorsements.length,
    recommendationsReceived: recommendations.received.length,
    recommendationsGiven: recommendations.given.length,
    companyFollows: follows.length,
    events: recentEvents.rows,
    savedJobs: savedJobs.length,
    shares: shares.length,
    dreamCompanies: [...targets.dream],
  };
  return { zip, fileName, summary };
}

/** Writes the zip into `dir` (created if missing) and returns its path. */
export async function writeDemoExport(
  dir: string,
  options: Partial<DemoOptions> = {},
): Promise<string> {
  const { zip, fileName } = await generateDemoExport(options);
  await mkdir(dir, { recursive: true });
  const path = join(dir, fileName);
  await writeFile(path, zip);
  return path;
}
