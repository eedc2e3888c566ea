/**
 * The store's tables as Kysely sees them. Every user-data table carries `account_id` (one local
 * account by default) so that server mode (many accounts on PostgreSQL) needs no data migration.
 * Portable SQL only: text for dates (ISO 8601), integers for booleans, JSON as text.
 *
 * Provenance (docs/architecture.md, "Storage"): every imported row keeps the import run, the file inside
 * the export and the line (or message number) it came from. Natural-key columns are never NULL
 * (empty string instead) so that unique constraints make re-imports no-ops on every dialect.
 */
import type { Generated } from 'kysely';

interface Provenance {
  run_id: number;
  source_file: string;
  source_line: number;
}

export interface AccountsTable {
  id: Generated<number>;
  name: string;
  created_at: string;
}

export interface ImportRunsTable {
  id: Generated<number>;
  account_id: number;
  source: string;
  input_name: string;
  sha256: string;
  export_date: string | null;
  started_at: string;
  finished_at: string | null;
  /** JSON of the import summary (counts per table, skipped reasons, issues). */
  summary: string;
}

export interface PeopleTable {
  id: Generated<number>;
  account_id: number;
  display_name: string;
  first_name: string;
  last_name: string;
  /** normaliseNameText of first + surname: what name matching compares. */
  match_name: string;
  /** Post-nominal credentials as exported ("Ph.D."), comma-joined. */
  credentials: string;
  company: string;
  title: string;
  created_run_id: number;
  created_at: string;
  updated_at: string;
}

export type IdentityKind = 'profile-url' | 'linkedin-member' | 'email' | 'phone' | 'name';

export interface IdentitiesTable extends Provenance {
  id: Generated<number>;
  account_id: number;
  person_id: number;
  kind: IdentityKind;
  /** Normalised key. */
  value: string;
  /** As written in the source. */
  raw: string;
  /** Which source and file kind said so, e.g. `linkedin:connections`. */
  source: string;
}

export interface ConnectionsTable extends Provenance {
  id: Generated<number>;
  account_id: number;
  person_id: number;
  connected_on: string;
  company: string;
  position: string;
  email: string;
  /** The export date of the newest export that listed this connection. */
  last_seen_export: string;
}

export interface ConnectionChangesTable {
  id: Generated<number>;
  account_id: number;
  person_id: number;
  field: 'company' | 'position';
  old_value: string;
  new_value: string;
  /** Export date (or import date when the export has none) at which the change was seen. */
  observed_on: string;
  run_id: number;
}

export interface ContactsTable extends Provenance {
  id: Generated<number>;
  account_id: number;
  person_id: number;
  book: string;
  created_at: string;
}

export interface ConversationsTable extends Provenance {
  id: Generated<number>;
  account_id: number;
  channel: string;
  external_key: string;
  title: string;
}

export interface ConversationParticipantsTable {
  account_id: number;
  conversation_id: number;
  person_id: number;
}

export interface MessagesTable extends Provenance {
  id: Generated<number>;
  account_id: number;
  conversation_id: number;
  channel: string;
  /** Hash of the message's identifying fields: what makes a re-import a no-op. */
  external_key: string;
  sent_at: string;
  direction: 'in' | 'out';
  /** Null when the owner sent it. */
  sender_person_id: number | null;
  subject: string;
  /** Null unless the user imported with bodies kept (docs/product.md: bodies are not needed). */
  body: string | null;
  word_count: number;
  folder: string;
}

export interface InvitationsTable extends Provenance {
  id: Generated<number>;
  account_id: number;
  person_id: number;
  direction: 'in' | 'out';
  sent_at: string;
  note: string;
}

export interface EndorsementsTable extends Provenance {
  id: Generated<number>;
  account_id: number;
  person_id: number;
  skill: string;
  endorsed_at: string;
  status: string;
}

export interface RecommendationsTable extends Provenance {
  id: Generated<number>;
  account_id: number;
  person_id: number;
  direction: 'received' | 'given';
  body: string;
  created_at: string;
  status: string;
}

export interface CompanyFollowsTable extends Provenance {
  id: Generated<number>;
  account_id: number;
  organization: string;
  followed_on: string;
}

export interface OwnerProfileTable {
  account_id: number;
  first_name: string;
  last_name: string;
  headline: string;
  summary: string;
  industry: string;
  location: string;
  birth_date: string;
  websites: string;
  run_id: number;
  updated_at: string;
}

export interface OwnerIdentitiesTable extends Provenance {
  id: Generated<number>;
  account_id: number;
  kind: 'email' | 'phone' | 'profile-url';
  value: string;
  is_primary: number;
}

export interface PositionsTable extends Provenance {
  id: Generated<number>;
  account_id: number;
  company: string;
  title: string;
  description: string;
  location: string;
  started_on: string;
  finished_on: string;
}

export interface EducationTable extends Provenance {
  id: Generated<number>;
  account_id: number;
  school: string;
  degree: string;
  started_on: string;
  finished_on: string;
  notes: string;
  activities: string;
}

export interface EventsTable extends Provenance {
  id: Generated<number>;
  account_id: number;
  name: string;
  starts_at: string;
  ends_at: string;
  status: string;
  url: string;
}

export interface JobPreferencesTable {
  account_id: number;
  /** JSON arrays of strings. */
  locations: string;
  industries: string;
  job_titles: string;
  job_types: string;
  dream_companies: string;
  /** 1, 0, or null when the export does not say. */
  open_to_recruiters: number | null;
  urgency: string;
  introduction_statement: string;
  run_id: number;
  updated_at: string;
}

export interface SavedJobsTable extends Provenance {
  id: Generated<number>;
  account_id: number;
  url: string;
  title: string;
  company: string;
  saved_at: string;
}

export interface SharesTable extends Provenance {
  id: Generated<number>;
  account_id: number;
  shared_at: string;
  url: string;
  commentary: string;
  visibility: string;
}

export interface GoalsTable {
  account_id: number;
  /** JSON arrays of strings. */
  target_companies: string;
  target_roles: string;
  /** NAICS 2-digit sector codes. */
  target_industries: string;
  location: string;
  owner_level: string;
  stance: string;
  style: string;
  solution: string;
  confirmed: number;
  updated_at: string;
  /** 'discreet', 'open', or '' for the default (discreet while the user is employed). */
  discretion: Generated<string>;
  /** 1 when the current employer may be a target (an internal move). */
  internal_move: Generated<number>;
}

export interface RecordedMutualsTable {
  id: Generated<number>;
  account_id: number;
  person_id: number;
  mutual_count: number;
  recorded_on: string;
  /** `recorded` by the user from LinkedIn's profile page, or `imported` from an edge file. */
  source: string;
}

/** An edge between two of the user's contacts from an imported edge list (issue 5). */
export interface ImportedEdgesTable extends Provenance {
  id: Generated<number>;
  account_id: number;
  /** The smaller person id of the pair. */
  a_person_id: number;
  b_person_id: number;
  weight: number;
  /** `edge-list` (SNAP style) or `profile-url-csv`. */
  source: string;
}

export interface OutreachMovesTable {
  id: Generated<number>;
  account_id: number;
  person_id: number;
  /** A pipeline stage (core/outreach/pipeline.ts). */
  stage: string;
  moved_at: string;
  /** `user`, `plan`, `log` or `import`. */
  source: string;
  help: string;
  snooze_until: string;
  reason: string;
  note: string;
}

export interface OutreachEventsTable {
  id: Generated<number>;
  account_id: number;
  person_id: number;
  /** An event kind (core/outreach/outreach-events.ts). */
  kind: string;
  happened_at: string;
  source: string;
  note: string;
  help: string;
  /** For messages sent from the plan: the item kind and the template used. */
  action: string;
  template_id: string;
}

export interface OutreachTemplatesTable {
  id: Generated<number>;
  account_id: number;
  template_id: string;
  situation: string;
  body: string;
  created_at: string;
}

export interface OutreachPlanItemsTable {
  id: Generated<number>;
  account_id: number;
  plan_day: string;
  item_key: string;
  position: number;
  kind: string;
  person_id: number;
  /** `shown`, `done`, `snoozed` or `skipped`. */
  status: string;
  status_at: string;
  snooze_until: string;
  /** The item as shown, JSON. */
  payload: string;
}

export interface OutreachSettingsTable {
  account_id: number;
  /** `free` or `premium` (docs/science.md section 6: note quota and length). */
  account_type: string;
  daily_minutes: number;
  weekly_posts: number;
  /** JSON object of pacing overrides. */
  pacing_overrides: string;
  updated_at: string;
}

/** A merge of one person into another (issue 6); undone merges keep their row with undone_at. */
export interface MergesTable {
  id: Generated<number>;
  account_id: number;
  kept_person_id: number;
  merged_person_id: number;
  created_at: string;
  undone_at: string | null;
  reason: string;
  /** `user` or `auto` (identity fusion). */
  source: Generated<string>;
  /** JSON of an automatic merge's posterior and reasons; empty for a manual one. */
  evidence: Generated<string>;
}

/** Identity fusion settings of an account (docs/science.md section 8). */
export interface IdentitySettingsTable {
  account_id: number;
  /** 1: imports merge decisive pairs automatically. */
  auto_merge: number;
  /** Null: the default threshold. */
  auto_merge_threshold: number | null;
  updated_at: string;
}

/** One row a merge changed (`moved`, with the old person id) or deleted (`deleted`, in full). */
export interface MergeMovesTable {
  id: Generated<number>;
  account_id: number;
  merge_id: number;
  /** `rewritten`: the row stays with other values; row_json holds it as it was. */
  action: 'moved' | 'deleted' | 'rewritten';
  table_name: string;
  /** JSON of the key columns that find the row after the merge. */
  row_key: string;
  column_name: string;
  old_person_id: number | null;
  /** The deleted row, JSON; empty for a move. */
  row_json: string;
}

/** A pair the user said is not one person: the review queue stops proposing it. */
export interface DismissedCandidatesTable {
  id: Generated<number>;
  account_id: number;
  a_person_id: number;
  b_person_id: number;
  created_at: string;
}

export interface Database {
  accounts: AccountsTable;
  import_runs: ImportRunsTable;
  people: PeopleTable;
  identities: IdentitiesTable;
  connections: ConnectionsTable;
  connection_changes: ConnectionChangesTable;
  contacts: ContactsTable;
  conversations: ConversationsTable;
  conversation_participants: ConversationParticipantsTable;
  messages: MessagesTable;
  invitations: InvitationsTable;
  endorsements: EndorsementsTable;
  recommendations: RecommendationsTable;
  company_follows: CompanyFollowsTable;
  owner_profile: OwnerProfileTable;
  owner_identities: OwnerIdentitiesTable;
  positions: PositionsTable;
  education: EducationTable;
  events: EventsTable;
  job_preferences: JobPreferencesTable;
  saved_jobs: SavedJobsTable;
  shares: SharesTable;
  goals: GoalsTable;
  recorded_mutuals: RecordedMutualsTable;
  imported_edges: ImportedEdgesTable;
  outreach_moves: OutreachMovesTable;
  outreach_events: OutreachEventsTable;
  outreach_templates: OutreachTemplatesTable;
  outreach_plan_items: OutreachPlanItemsTable;
  outreach_settings: OutreachSettingsTable;
  merges: MergesTable;
  merge_moves: MergeMovesTable;
  dismissed_candidates: DismissedCandidatesTable;
  identity_settings: IdentitySettingsTable;
}

export type TableName = keyof Database;

/** Every table that holds a user's data, for counts, export and verification of deletion. */
export const USER_DATA_TABLES = [
  'import_runs',
  'people',
  'identities',
  'connections',
  'connection_changes',
  'contacts',
  'conversations',
  'conversation_participants',
  'messages',
  'invitations',
  'endorsements',
  'recommendations',
  'company_follows',
  'owner_profile',
  'owner_identities',
  'positions',
  'education',
  'events',
  'job_preferences',
  'saved_jobs',
  'shares',
  'goals',
  'recorded_mutuals',
  'imported_edges',
  'outreach_moves',
  'outreach_events',
  'outreach_templates',
  'outreach_plan_items',
  'outreach_settings',
] as const satisfies readonly TableName[];

export type UserDataTable = (typeof USER_DATA_TABLES)[number];

/* Server mode (issue 9, migration 2026-11-28-accounts): the organisation, its users and what
   they may see. These tables hold no contact data; `consents` is scoped by the member's account. */

export type UserRole = 'administrator' | 'member' | 'coach';

export interface OrganisationTable {
  id: Generated<number>;
  name: string;
  created_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  /** Lower-cased; what the user signs in with. */
  email: string;
  display_name: string;
  role: UserRole;
  /** A member's own data account; null for coaches and the administrator. */
  account_id: number | null;
  /** `scrypt$<log2 N>$<r>$<p>$<salt>$<digest>`, base64url parts. */
  password_hash: string;
  created_at: string;
  last_sign_in_at: string | null;
  /** Set while an administrator has disabled the user (migration 2026-12-08). */
  disabled_at: Generated<string | null>;
}

/** An invitation link (or the first-run setup link, role administrator): only its hash kept. */
export interface UserInvitationsTable {
  id: Generated<number>;
  token_hash: string;
  role: UserRole;
  /** The invitee's sign-in email, fixed by the administrator; empty for the setup link. */
  email: string;
  created_by: number | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_user_id: number | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's random session id. */
  id_hash: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  /** The absolute end of the session, whatever the activity. */
  expires_at: string;
  ip: string;
  /** The browser, shortened (migration 2026-12-08). */
  user_agent: Generated<string>;
}

/** A one-time password reset link an administrator issued (migration 2026-12-08). */
export interface PasswordResetsTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  created_by: number | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A browser a user signed in from: the hash of its device cookie (migration 2026-12-08). */
export interface KnownDevicesTable {
  token_hash: string;
  user_id: number;
  created_at: string;
  last_used_at: string;
}

/** A member's consent to one coach; current while revoked_at is null. */
export interface ConsentsTable {
  id: Generated<number>;
  account_id: number;
  coach_user_id: number;
  granted_at: string;
  revoked_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  event: string;
  actor_user_id: number | null;
  subject_user_id: number | null;
  ip: string;
  detail: string;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  /**
   * What the failure counts against (login-throttle.ts): `pair:<email> <address>`,
   * `account:<email>`, `ip:<address>` or `device:<hash>`.
   */
  key: string;
  at: string;
}

// Declaration merging adds server mode's tables to the Database interface above.
export interface Database {
  organisation: OrganisationTable;
  users: UsersTable;
  user_invitations: UserInvitationsTable;
  sessions: SessionsTable;
  consents: ConsentsTable;
  audit_log: AuditLogTable;
  login_failures: LoginFailuresTable;
  password_resets: PasswordResetsTable;
  known_devices: KnownDevicesTable;
}

/* Coach view (issue 9, migration 2026-11-29-progress-snapshots): one row per account and ISO
   week of the member's network figures, aggregates only. */

export interface ProgressSnapshotsTable {
  id: Generated<number>;
  account_id: number;
  /** ISO 8601 week, `2026-W47`. */
  week: string;
  taken_at: string;
  /** What the figures were computed from (progress-store.ts, readDataVersion). */
  data_version: string;
  /** JSON of the figures (core/progress/member-progress.ts, SnapshotFigures). */
  figures: string;
}

export interface Database {
  progress_snapshots: ProgressSnapshotsTable;
}
