import type { Insertable } from 'kysely';
import { normaliseEmail } from '../core/email-address.js';
import {
  displayName,
  normaliseNameText,
  splitCredentials,
  splitFullName,
} from '../core/person-name.js';
import { normaliseProfileUrl } from '../core/profile-url.js';
import type { PersonRef, SourceRef } from '../importers/import-batch.js';
import type { IdentityKey, PersonNameRow } from '../store/people-store.js';
import type { IdentitiesTable, IdentityKind, PeopleTable } from '../store/schema.js';

interface KnownPerson {
  id: number;
  matchName: string;
  hasProfileUrl: boolean;
  isConnection: boolean;
}

export interface ResolverSeed {
  accountId: number;
  runId: number;
  firstNewId: number;
  now: string;
  identities: IdentityKey[];
  people: PersonNameRow[];
  connectionPersonIds: Set<number>;
}

/**
 * Resolves the people named by an import's records to person ids, in memory, creating people
 * and identity keys as needed (C2, "one person across sources", at the depth the foundation
 * needs). Rules, strongest first:
 * 1. an exact normalised key (profile URL, email, phone) names the person who has it;
 * 2. a ref with a profile URL and no match joins a person of the same name who has no profile
 *    URL yet, when exactly one such person exists (a 2018 name-only export met a later one);
 * 3. a name-only ref (2018 messages, recommendations) joins the person of that name, preferring
 *    a connection and then the oldest person, so the choice is the same on every re-import;
 * 4. otherwise a new person.
 */
export class PeopleResolver {
  readonly newPeople: Insertable<PeopleTable>[] = [];
  readonly newIdentities: Insertable<IdentitiesTable>[] = [];
  ambiguousNames = 0;

  private nextId: number;
  private readonly byKey = new Map<string, number>();
  private readonly byName = new Map<string, KnownPerson[]>();
  private readonly known = new Map<number, KnownPerson>();
  private readonly identitySeen = new Set<string>();
  private readonly strongKeyPeople = new Set<number>();
  private readonly resolved = new Map<string, number | undefined>();

  constructor(private readonly seed: ResolverSeed) {
    this.nextId = seed.firstNewId;
    const withUrl = new Set<number>();
    for (const identity of seed.identities) {
      this.identitySeen.add(identityKey(identity.personId, identity.kind, identity.value));
      if (identity.kind === 'name') continue;
      this.strongKeyPeople.add(identity.personId);
      if (identity.kind === 'profile-url') withUrl.add(identity.personId);
      const key = `${identity.kind}:${identity.value}`;
      const current = this.byKey.get(key);
      if (current === undefined || identity.personId < current)
        this.byKey.set(key, identity.personId);
    }
    for (const p of seed.people) {
      this.remember({
        id: p.id,
        matchName: p.matchName,
        hasProfileUrl: withUrl.has(p.id),
        isConnection: seed.connectionPersonIds.has(p.id),
      });
    }
  }

  /** Marks a person as a LinkedIn connection, so name matching prefers them. */
  markConnection(personId: number): void {
    const person = this.known.get(personId);
    if (person) person.isConnection = true;
  }

  /** The person a ref names, or undefined when it carries nothing to know them by. */
  resolve(ref: PersonRef, source: string, at: SourceRef): number | undefined {
    // A message export names the same few people thousands of times: once a ref has been
    // resolved (and its keys recorded), the same ref resolves to the same person.
    const signature = refSignature(ref);
    if (this.resolved.has(signature)) return this.resolved.get(signature);
    const personId = this.resolveFresh(ref, source, at);
    this.resolved.set(signature, personId);
    return personId;
  }

  private resolveFresh(ref: PersonRef, source: string, at: SourceRef): number | undefined {
    const keys = refKeys(ref);
    const name = refName(ref);
    if (keys.length === 0 && name.match === '') return undefined;

    let personId: number | undefined;
    for (const key of keys) {
      personId = this.byKey.get(`${key.kind}:${key.value}`);
      if (personId !== undefined) break;
    }
    if (personId === undefined && name.match !== '') personId = this.matchByName(name.match, keys);
    if (personId === undefined) personId = this.create(ref, name, keys);

    for (const key of keys) this.addIdentity(personId, key.kind, key.value, key.raw, source, at);
    if (name.match !== '') this.addIdentity(personId, 'name', name.match, name.display, source, at);
    return personId;
  }

  private matchByName(match: string, keys: RefKey[]): number | undefined {
    const candidates = this.byName.get(match);
    if (!candidates || candidates.length === 0) return undefined;
    if (keys.length > 0) {
      // Only people still known by name alone can take on a key.
      const open = candidates.filter((c) => !c.hasProfileUrl && !this.hasStrongKey(c.id));
      return open.length === 1 ? open[0]?.id : undefined;
    }
    if (candidates.length > 1) this.ambiguousNames += 1;
    const connected = candidates.filter((c) => c.isConnection);
    const pool = connected.length > 0 ? connected : candidates;
    return Math.min(...pool.map((c) => c.id));
  }

  private hasStrongKey(personId: number): boolean {
    return this.strongKeyPeople.has(personId);
  }

  private create(ref: PersonRef, name: RefName, keys: RefKey[]): number {
    const id = this.nextId++;
    const urlKey = keys.find((k) => k.kind === 'profile-url');
    const emailKey = keys.find((k) => k.kind === 'email');
    const shown =
      name.display ||
      (urlKey ? (urlKey.value.split('/').pop() ?? urlKey.value) : (emailKey?.value ?? ''));
    this.newPeople.push({
      id,
      account_id: this.seed.accountId,
      display_name: shown,
      first_name: name.first,
      last_name: name.last,
      match_name: name.match,
      credentials: name.credentials,
      company: ref.company?.trim() ?? '',
      title: ref.title?.trim() ?? '',
      created_run_id: this.seed.runId,
      created_at: this.seed.now,
      updated_at: this.seed.now,
    });
    this.remember({
      id,
      matchName: name.match,
      hasProfileUrl: urlKey !== undefined,
      isConnection: false,
    });
    return id;
  }

  private remember(person: KnownPerson): void {
    this.known.set(person.id, person);
    if (person.matchName === '') return;
    const list = this.byName.get(person.matchName);
    if (list) list.push(person);
    else this.byName.set(person.matchName, [person]);
  }

  private addIdentity(
    personId: number,
    kind: IdentityKind,
    value: string,
    raw: string,
    source: string,
    at: SourceRef,
  ): void {
    const seen = identityKey(personId, kind, value);
    if (this.identitySeen.has(seen)) return;
    this.identitySeen.add(seen);
    if (kind !== 'name') {
      this.strongKeyPeople.add(personId);
      if (!this.byKey.has(`${kind}:${value}`)) this.byKey.set(`${kind}:${value}`, personId);
    }
    if (kind === 'profile-url') {
      const person = this.known.get(personId);
      if (person) person.hasProfileUrl = true;
    }
    this.newIdentities.push({
      account_id: this.seed.accountId,
      person_id: personId,
      kind,
      value,
      raw,
      source,
      run_id: this.seed.runId,
      source_file: at.file,
      source_line: at.line,
    });
  }
}

function refSignature(ref: PersonRef): string {
  return [
    ref.profileUrl ?? '',
    ref.linkedInMemberId ?? '',
    ref.firstName ?? '',
    ref.lastName ?? '',
    ref.fullName ?? '',
    (ref.emails ?? []).join(','),
    (ref.phones ?? []).join(','),
  ].join('\u0000');
}

function identityKey(personId: number, kind: IdentityKind, value: string): string {
  return `${personId}\u0000${kind}\u0000${value}`;
}

interface RefKey {
  kind: Exclude<IdentityKind, 'name'>;
  value: string;
  raw: string;
}

function refKeys(ref: PersonRef): RefKey[] {
  const keys: RefKey[] = [];
  const url = ref.profileUrl ? normaliseProfileUrl(ref.profileUrl) : undefined;
  if (url && ref.profileUrl) keys.push({ kind: 'profile-url', value: url, raw: ref.profileUrl });
  if (ref.linkedInMemberId) {
    const raw = `urn:li:member:${ref.linkedInMemberId}`;
    keys.push({ kind: 'linkedin-member', value: ref.linkedInMemberId, raw });
  }
  for (const raw of ref.emails ?? []) {
    const email = normaliseEmail(raw);
    if (email) keys.push({ kind: 'email', value: email, raw });
  }
  for (const raw of ref.phones ?? []) {
    // Digits with the international prefix kept; E.164 with a default region comes with the
    // contact importers (issue 6).
    const digits = raw.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
    if (digits.replace('+', '').length >= 6) keys.push({ kind: 'phone', value: digits, raw });
  }
  return keys;
}

interface RefName {
  first: string;
  last: string;
  display: string;
  match: string;
  credentials: string;
}

function refName(ref: PersonRef): RefName {
  // A card with no surname whose first-name field holds "Hamdan, Youssef" is a full name.
  const isFullNameInFirst = !ref.lastName?.trim() && (ref.firstName ?? '').includes(',');
  if (!isFullNameInFirst && (ref.firstName !== undefined || ref.lastName !== undefined)) {
    const first = (ref.firstName ?? '').trim();
    const { surname, credentials } = splitCredentials(ref.lastName ?? '');
    const display = displayName(first, surname);
    return {
      first,
      last: surname,
      display,
      match: normaliseNameText(display),
      credentials: credentials.join(', '),
    };
  }
  const { first, last, credentials } = splitFullName(
    (isFullNameInFirst ? ref.firstName : ref.fullName) ?? '',
  );
  const display = `${first} ${last}`.trim();
  return {
    first,
    last,
    display,
    match: normaliseNameText(display) || labelMatch(display),
    credentials: credentials.join(', '),
  };
}

/**
 * A chat display name made only of emoji or punctuation ("🌻", "...") normalises to nothing,
 * yet it is how the chat knows that person: the label itself, as written, is the match key.
 */
function labelMatch(display: string): string {
  return display.normalize('NFC').replace(/\s+/g, ' ').trim();
}
