/**
 * One LinkedIn export (its files as bytes) -> one ImportBatch (import-batch.ts). Pure: the
 * dispatcher in read-linkedin-export.ts does the reading and feeds files here one at a time, so a
 * file's bytes can be freed once it is parsed.
 *
 * Records come out ordered by kind: the owner's own data, then connections and contacts, then
 * endorsements, recommendations, invitations and messages, then the goal hints, because the
 * services resolve people in that order (a message's sender is found among the connections).
 */
import type {
  FileReport,
  ImportBatch,
  ImportIssue,
  ImportRecord,
  ParsedFile,
  RecordKind,
} from '../import-batch.js';
import { parseCompanyFollowsCsv } from './company-follows-csv.js';
import { parseConnectionsCsv } from './connections-csv.js';
import type { FileInput } from './csv-file-parse.js';
import { parseEducationCsv } from './education-csv.js';
import { parseEndorsementsCsv } from './endorsements-csv.js';
import { parseEventsCsv } from './events-csv.js';
import { parseImportedContactsCsv } from './imported-contacts-csv.js';
import { parseInvitationsCsv } from './invitations-csv.js';
import { parseJobSeekerPreferencesCsv } from './job-seeker-preferences-csv.js';
import { FILE_KIND_ORDER, fileKindFromName, type LinkedInFileKind } from './linkedin-files.js';
import { parseMessagesCsv } from './messages-csv.js';
import { parseEmailAddressesCsv, parsePhoneNumbersCsv } from './owner-contacts-csv.js';
import { parsePositionsCsv } from './positions-csv.js';
import { parseProfileCsv } from './profile-csv.js';
import { parseRecommendationsCsv } from './recommendations-csv.js';
import { parseSavedJobsCsv } from './saved-jobs-csv.js';
import { parseSharesCsv } from './shares-csv.js';

export interface LinkedInFile {
  /** Path inside the export (`Connections.csv`, `Jobs/Saved Jobs.csv`). */
  name: string;
  bytes: Uint8Array;
}

const RECORD_ORDER: readonly RecordKind[] = [
  'owner-profile',
  'owner-contact',
  'position',
  'education',
  'connection',
  'contact',
  'endorsement',
  'recommendation',
  'invitation',
  'message',
  'company-follow',
  'event',
  'job-preferences',
  'saved-job',
  'share',
];

type KindParser = (input: FileInput, file: string, ownerName: string | undefined) => ParsedFile;

const PARSERS: Readonly<Record<LinkedInFileKind, KindParser>> = {
  profile: parseProfileCsv,
  'email-addresses': parseEmailAddressesCsv,
  'phone-numbers': parsePhoneNumbersCsv,
  positions: parsePositionsCsv,
  education: parseEducationCsv,
  connections: parseConnectionsCsv,
  'imported-contacts': parseImportedContactsCsv,
  'endorsements-received': parseEndorsementsCsv,
  'recommendations-received': (input, file) => parseRecommendationsCsv(input, file, 'received'),
  'recommendations-given': (input, file) => parseRecommendationsCsv(input, file, 'given'),
  invitations: parseInvitationsCsv,
  messages: (input, file, ownerName) => parseMessagesCsv(input, file, { ownerName }),
  'company-follows': parseCompanyFollowsCsv,
  events: parseEventsCsv,
  'job-seeker-preferences': parseJobSeekerPreferencesCsv,
  'saved-jobs': parseSavedJobsCsv,
  shares: parseSharesCsv,
};

/** Sort rank of a file kind, so that Profile.csv is parsed before messages.csv; unknown ones last. */
export function fileKindRank(kind: LinkedInFileKind | undefined): number {
  return kind === undefined ? FILE_KIND_ORDER.length : FILE_KIND_ORDER.indexOf(kind);
}

/** Collects files into one batch; add them in FILE_KIND_ORDER (fileKindRank) for the best owner guess. */
export class LinkedInBatchBuilder {
  private readonly buckets = new Map<RecordKind, ImportRecord[]>();
  private readonly issues: ImportIssue[] = [];
  private readonly files: FileReport[] = [];
  private ownerName: string | undefined;

  /**
   * Parses one file. Its kind comes from its name unless the caller recognised it otherwise
   * (a renamed file the user gave directly); a file of no known kind is listed as skipped.
   */
  addFile(name: string, bytes: FileInput, kind = fileKindFromName(name)): void {
    if (kind === undefined) {
      this.addSkipped(name);
      return;
    }
    const parsed = PARSERS[kind](bytes, name, this.ownerName);
    for (const record of parsed.records) {
      if (record.kind === 'owner-profile' && this.ownerName === undefined) {
        this.ownerName = `${record.firstName} ${record.lastName}`.trim();
      }
      let bucket = this.buckets.get(record.kind);
      if (!bucket) {
        bucket = [];
        this.buckets.set(record.kind, bucket);
      }
      bucket.push(record);
    }
    this.issues.push(...parsed.issues);
    this.files.push({ file: name, kind, rows: parsed.records.length, skipped: parsed.skipped });
  }

  /** A file of a kind weakties does not use: listed, never an error. */
  addSkipped(name: string): void {
    this.files.push({ file: name, kind: 'skipped', rows: 0, skipped: {} });
  }

  addIssue(issue: ImportIssue): void {
    this.issues.push(issue);
  }

  build(exportDate?: string): ImportBatch {
    const records: ImportRecord[] = [];
    for (const kind of RECORD_ORDER) {
      const bucket = this.buckets.get(kind);
      if (bucket) for (const record of bucket) records.push(record);
    }
    const batch: ImportBatch = {
      source: 'linkedin',
      records,
      issues: [...this.issues],
      files: [...this.files],
    };
    if (exportDate !== undefined) batch.exportDate = exportDate;
    return batch;
  }
}

/** Parses an export held in memory (tests, the browser); no disk, no clock. */
export function parseLinkedInFiles(files: LinkedInFile[], exportDate?: string): ImportBatch {
  const builder = new LinkedInBatchBuilder();
  const rank = (file: LinkedInFile): number => fileKindRank(fileKindFromName(file.name));
  const ordered = [...files].sort((a, b) => rank(a) - rank(b));
  for (const file of ordered) builder.addFile(file.name, file.bytes);
  return builder.build(exportDate);
}
