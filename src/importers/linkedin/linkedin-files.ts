/**
 * Which file of a LinkedIn export is which (docs/formats.md section 1). Names are matched ignoring
 * case, spaces, underscores and folders ("Match file names case-insensitively and ignore spaces
 * and underscores"; `Jobs/Saved Jobs.csv` is `Saved Jobs.csv`, `Phone Numbers.csv` is
 * `PhoneNumbers.csv`), and newer exports' member-id suffix (`Shares_252701747.csv`) is dropped.
 * Files of other kinds (Skills.csv, coach_messages.csv, Articles/…) are not read.
 */
import { peekLines, splitHeaderCandidates } from '../csv/csv-reader.js';

export type LinkedInFileKind =
  | 'profile'
  | 'email-addresses'
  | 'phone-numbers'
  | 'positions'
  | 'education'
  | 'connections'
  | 'imported-contacts'
  | 'endorsements-received'
  | 'recommendations-received'
  | 'recommendations-given'
  | 'invitations'
  | 'messages'
  | 'company-follows'
  | 'events'
  | 'job-seeker-preferences'
  | 'saved-jobs'
  | 'shares';

/**
 * The order files are read in: the owner's own files first (Profile.csv's name helps tell the
 * owner apart in messages), then people, then what happened between them.
 */
export const FILE_KIND_ORDER: readonly LinkedInFileKind[] = [
  'profile',
  'email-addresses',
  'phone-numbers',
  'positions',
  'education',
  'connections',
  'imported-contacts',
  'endorsements-received',
  'recommendations-received',
  'recommendations-given',
  'invitations',
  'messages',
  'company-follows',
  'events',
  'job-seeker-preferences',
  'saved-jobs',
  'shares',
];

const KIND_BY_KEY: Readonly<Record<string, LinkedInFileKind>> = {
  profile: 'profile',
  emailaddresses: 'email-addresses',
  phonenumbers: 'phone-numbers',
  positions: 'positions',
  education: 'education',
  connections: 'connections',
  importedcontacts: 'imported-contacts',
  endorsementreceivedinfo: 'endorsements-received',
  recommendationsreceived: 'recommendations-received',
  recommendationsgiven: 'recommendations-given',
  invitations: 'invitations',
  messages: 'messages',
  companyfollows: 'company-follows',
  events: 'events',
  jobseekerpreferences: 'job-seeker-preferences',
  savedjobs: 'saved-jobs',
  shares: 'shares',
};

/** `Jobs/Saved Jobs.csv` -> `savedjobs`; undefined for a file that is not a CSV. */
export function fileNameKey(path: string): string | undefined {
  const base = path.split(/[/\\]/).pop() ?? '';
  const match = /^(.*)\.csv$/i.exec(base.trim());
  if (!match) return undefined;
  return (
    (match[1] ?? '')
      .replace(/_\d{3,}$/, '')
      // A second download of the same file: `Connections (1).csv`, `Connections-2.csv`.
      .replace(/\s*\(\d{1,3}\)$|[-_ ]\d{1,2}$/, '')
      .toLowerCase()
      .replace(/[\s_-]+/g, '')
  );
}

/**
 * Spellings LinkedIn has used for the same file, by the words in the name: `Recommendations
 * Received`, `Received_Recommendations`, `Endorsements_Received`, `Endorsement Received Info`.
 */
function kindFromWords(key: string): LinkedInFileKind | undefined {
  if (/recommend/.test(key)) {
    if (/received/.test(key)) return 'recommendations-received';
    if (/given/.test(key)) return 'recommendations-given';
  }
  if (/endorse/.test(key) && /received/.test(key)) return 'endorsements-received';
  return undefined;
}

export function fileKindFromName(path: string): LinkedInFileKind | undefined {
  const key = fileNameKey(path);
  if (key === undefined) return undefined;
  return KIND_BY_KEY[key] ?? kindFromWords(key);
}

/**
 * Columns that only one kind's header has all of. Recommendations are left out: received and
 * given share one header, so only the name tells them apart.
 */
const SIGNATURES: readonly { kind: LinkedInFileKind; columns: readonly string[] }[] = [
  { kind: 'connections', columns: ['first name', 'last name', 'connected on'] },
  { kind: 'messages', columns: ['from', 'to', 'date', 'content'] },
  { kind: 'invitations', columns: ['from', 'to', 'sent at', 'direction'] },
  { kind: 'profile', columns: ['first name', 'last name', 'headline'] },
  { kind: 'positions', columns: ['company name', 'title', 'started on'] },
  { kind: 'education', columns: ['school name', 'degree name'] },
  { kind: 'email-addresses', columns: ['email address', 'primary'] },
  { kind: 'phone-numbers', columns: ['extension', 'number', 'type'] },
  { kind: 'company-follows', columns: ['organization', 'followed on'] },
  { kind: 'endorsements-received', columns: ['skill name', 'endorser first name'] },
  { kind: 'events', columns: ['event name', 'event time'] },
  { kind: 'job-seeker-preferences', columns: ['job titles', 'dream companies'] },
  { kind: 'saved-jobs', columns: ['saved date', 'job url'] },
  { kind: 'imported-contacts', columns: ['companies', 'phone numbers'] },
  { kind: 'shares', columns: ['date', 'sharelink'] },
  { kind: 'shares', columns: ['date', 'share title'] },
];

/** Recognises a file by its header when its name says nothing (docs/formats.md: "detect formats by content"). */
export function fileKindFromContent(input: Uint8Array | string): LinkedInFileKind | undefined {
  const lines = peekLines(input);
  if (!lines) return undefined;
  for (const line of lines) {
    for (const cells of splitHeaderCandidates(line)) {
      const found = SIGNATURES.find((signature) =>
        signature.columns.every((column) => cells.includes(column)),
      );
      if (found) return found.kind;
    }
  }
  return undefined;
}

const RECOMMENDATION_COLUMNS = ['first name', 'last name', 'job title', 'text', 'creation date'];

/**
 * The kind of a CSV inside an export whose name is none LinkedIn is known to use: its header
 * row decides, as for a renamed file. Two headers are not enough alone: messages.csv's columns
 * are also those of coach_messages.csv and guide_messages.csv (other conversations, with
 * LinkedIn's assistants), so a name that says `coach` or `guide` is not read as messages; and
 * received and given recommendations share one header, so the name must say which.
 */
export function fileKindFromHeader(
  path: string,
  head: Uint8Array | string,
): LinkedInFileKind | undefined {
  const key = fileNameKey(path);
  if (key === undefined) return undefined;
  const kind = fileKindFromContent(head);
  if (kind === 'messages' && /coach|guide|assistant|learning/.test(key)) return undefined;
  if (kind !== undefined) return kind;
  const lines = peekLines(head);
  const isRecommendations = (lines ?? []).some((line) =>
    splitHeaderCandidates(line).some((cells) =>
      RECOMMENDATION_COLUMNS.every((column) => cells.includes(column)),
    ),
  );
  return isRecommendations ? kindFromWords(key) : undefined;
}

/** `Basic_LinkedInDataExport_12-16-2024.zip` (or the unzipped folder) -> `2024-12-16`. */
export function exportDateFromName(path: string): string | undefined {
  const base = (
    path
      .replace(/[/\\]+$/, '')
      .split(/[/\\]/)
      .pop() ?? ''
  ).replace(/\.zip$/i, '');
  const match = /_(\d{2})-(\d{2})-(\d{4})$/.exec(base);
  if (!match) return undefined;
  const [, month, day, year] = match;
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day)) return undefined;
  return `${year}-${month}-${day}`;
}
