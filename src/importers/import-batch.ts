/**
 * The one shape every importer emits (docs/architecture.md, "importers"): parsers are pure, take
 * text or bytes, and return records plus issues. A bad row is an issue with file and line and
 * never aborts the file (non-negotiable 4). Services turn records into store writes.
 */

/** Where a record came from: the file inside the export and its 1-based line (or message) number. */
export interface SourceRef {
  file: string;
  line: number;
}

export type ImportIssueCode =
  | 'missing-columns'
  | 'bad-row'
  | 'bad-date'
  | 'bad-encoding'
  | 'not-csv'
  | 'field-too-large'
  | 'file-too-large'
  | 'too-many-files'
  | 'bad-archive'
  | 'unknown-file'
  | 'empty-file'
  /** messages.csv: two people are on equally many messages and nothing says which is the owner. */
  | 'ambiguous-owner'
  /** A file that should be JSON (Facebook export) does not parse as JSON. */
  | 'not-json'
  /** WhatsApp: no date in the file says whether it is day/month or month/day. */
  | 'ambiguous-date-order'
  /** Chats and mail: how the owner was told apart when the user did not say (info). */
  | 'owner-inferred';

export interface ImportIssue {
  code: ImportIssueCode;
  file: string;
  /** 1-based line (or message) number when the issue is about one row. */
  line?: number;
  message: string;
  /** `error`: rows were lost; `warning`: data kept but something was odd; `info`: nothing lost. */
  severity: 'error' | 'warning' | 'info';
}

/**
 * How a record names a person. Keys are raw as written; services normalise them
 * (profile URLs, emails, phones, names) and resolve them to one person.
 */
export interface PersonRef {
  firstName?: string;
  lastName?: string;
  /** A full name when the source has no first/last split ("Ana Ruiz, FICS"). */
  fullName?: string;
  profileUrl?: string;
  /** LinkedIn's numeric member id (`urn:li:member:<digits>`), as strong a key as the profile URL. */
  linkedInMemberId?: string;
  emails?: string[];
  phones?: string[];
  company?: string;
  title?: string;
}

interface RecordBase {
  source: SourceRef;
}

export interface OwnerProfileRecord extends RecordBase {
  kind: 'owner-profile';
  firstName: string;
  lastName: string;
  headline?: string;
  summary?: string;
  industry?: string;
  location?: string;
  /** As written: LinkedIn omits the year when the member hides it ("Mar 31"). */
  birthDate?: string;
  websites?: string;
}

export interface OwnerContactRecord extends RecordBase {
  kind: 'owner-contact';
  channel: 'email' | 'phone' | 'profile-url';
  value: string;
  isPrimary: boolean;
}

export interface PositionRecord extends RecordBase {
  kind: 'position';
  company: string;
  title: string;
  description?: string;
  location?: string;
  /** `YYYY-MM` (or `YYYY`) as far as the source says. */
  startedOn?: string;
  /** Undefined while current. */
  finishedOn?: string;
}

export interface EducationRecord extends RecordBase {
  kind: 'education';
  school: string;
  degree?: string;
  startedOn?: string;
  finishedOn?: string;
  notes?: string;
  activities?: string;
}

export interface ConnectionRecord extends RecordBase {
  kind: 'connection';
  person: PersonRef;
  /** `YYYY-MM-DD`. */
  connectedOn?: string;
  /** Credentials that were written in the Last Name cell ("Ph.D."), kept for display only. */
  credentials?: string[];
}

/** Someone the user has in an address book but not necessarily as a connection. */
export interface ContactRecord extends RecordBase {
  kind: 'contact';
  person: PersonRef;
  /** Which address book (LinkedIn "Imported Contacts", a vCard file, ...). */
  book: string;
  createdAt?: string;
  /** `YYYY-MM-DD`, or `--MM-DD` when the address book has no year (vCard 4 notation). */
  birthday?: string;
  /** The book's groups or labels on this entry (`starred`, `Family`, vCard CATEGORIES). */
  labels?: string[];
}

export type Channel = 'linkedin' | 'email' | 'whatsapp' | 'facebook' | 'sms' | 'calendar';

export interface MessageRecord extends RecordBase {
  kind: 'message';
  channel: Channel;
  /** Stable id of the conversation in its source (LinkedIn CONVERSATION ID, a thread id). */
  conversationKey: string;
  conversationTitle?: string;
  /** ISO 8601 instant (UTC) when the source has a zone, else local time without `Z`. */
  sentAt: string;
  /** Undefined when the owner sent it. */
  from?: PersonRef;
  /** Everybody on the message except the owner. */
  to: PersonRef[];
  direction: 'in' | 'out';
  subject?: string;
  /** The text; the store keeps it only when the user asks for bodies (docs/product.md, privacy). */
  content?: string;
  folder?: string;
  /** The source's own id for the message when it has one (an email's Message-ID). */
  externalId?: string;
  /** The message carried a photo, file or other attachment (its content may then be empty). */
  hasAttachment?: boolean;
  /** Labels the source put on the message (Gmail's X-Gmail-Labels), decoded. */
  labels?: string[];
}

export interface InvitationRecord extends RecordBase {
  kind: 'invitation';
  direction: 'in' | 'out';
  person: PersonRef;
  sentAt?: string;
  note?: string;
}

export interface EndorsementRecord extends RecordBase {
  kind: 'endorsement';
  person: PersonRef;
  skill: string;
  endorsedAt?: string;
  status?: string;
}

export interface RecommendationRecord extends RecordBase {
  kind: 'recommendation';
  direction: 'received' | 'given';
  person: PersonRef;
  text?: string;
  createdAt?: string;
  status?: string;
}

export interface CompanyFollowRecord extends RecordBase {
  kind: 'company-follow';
  organization: string;
  followedOn?: string;
}

export interface EventRecord extends RecordBase {
  kind: 'event';
  name: string;
  startsAt?: string;
  endsAt?: string;
  status?: string;
  url?: string;
}

export interface JobPreferencesRecord extends RecordBase {
  kind: 'job-preferences';
  locations: string[];
  industries: string[];
  jobTitles: string[];
  jobTypes: string[];
  dreamCompanies: string[];
  openToRecruiters?: boolean;
  /** LinkedIn's code, for example `ACTIVELY_SEEKING`. */
  urgency?: string;
  introductionStatement?: string;
}

export interface SavedJobRecord extends RecordBase {
  kind: 'saved-job';
  url?: string;
  title?: string;
  company?: string;
  savedAt?: string;
}

export interface ShareRecord extends RecordBase {
  kind: 'share';
  sharedAt?: string;
  url?: string;
  commentary?: string;
  visibility?: string;
}

export type ImportRecord =
  | OwnerProfileRecord
  | OwnerContactRecord
  | PositionRecord
  | EducationRecord
  | ConnectionRecord
  | ContactRecord
  | MessageRecord
  | InvitationRecord
  | EndorsementRecord
  | RecommendationRecord
  | CompanyFollowRecord
  | EventRecord
  | JobPreferencesRecord
  | SavedJobRecord
  | ShareRecord;

export type RecordKind = ImportRecord['kind'];

/** What one parser made of one file. */
export interface ParsedFile {
  records: ImportRecord[];
  issues: ImportIssue[];
  /** Rows read but deliberately left out, by reason ("draft", "sponsored", "blank row"). */
  skipped: Record<string, number>;
}

/** Per-file summary the dispatcher reports ("Connections.csv: 1,482 connections, 18 blank rows"). */
export interface FileReport {
  file: string;
  /** Which parser read it, or `skipped` for a file of a kind weakties does not use. */
  kind: string;
  rows: number;
  skipped: Record<string, number>;
}

/** Which kind of export a batch came from. */
export type ImportSource =
  | 'linkedin'
  | 'vcard'
  | 'google-csv'
  | 'outlook-csv'
  | 'whatsapp'
  | 'facebook'
  | 'mbox'
  | 'ics'
  /** A zip holding several of the formats above (Google Takeout: mail, contacts, calendars). */
  | 'takeout'
  | 'manual';

/** Everything one export (a zip, a folder or a set of files) yielded. */
export interface ImportBatch {
  source: ImportSource;
  records: ImportRecord[];
  issues: ImportIssue[];
  files: FileReport[];
  /** The export's date, from the archive name (`…_MM-DD-YYYY.zip`) when it has one. */
  exportDate?: string;
}

export function emptyParsedFile(): ParsedFile {
  return { records: [], issues: [], skipped: {} };
}

export function countSkip(parsed: ParsedFile, reason: string, by = 1): void {
  parsed.skipped[reason] = (parsed.skipped[reason] ?? 0) + by;
}
