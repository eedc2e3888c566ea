/**
 * Near-match people for the review queue (issue 6, "One person across sources"): exact keys
 * (profile URL, email, phone) already merged at import; what is left are people who may be one
 * person written two ways. Each pair carries a score and the reasons a user reads before merging.
 *
 * Pure and sub-quadratic: people are grouped by name keys (surname + canonical first initial, in
 * both name orders) and only people sharing a key are compared.
 */
import { normaliseNameText } from '../person-name.js';
import { normaliseCompanyName } from '../ties/company-name.js';
import { canonicalFirstName } from './nicknames.js';

export interface CandidatePerson {
  id: number;
  /** people.match_name: normalised "first last". */
  matchName: string;
  firstName: string;
  lastName: string;
  company: string;
  /** Domains of the person's email addresses, lower case. */
  emailDomains: readonly string[];
  /** Normalised phone keys. */
  phones: readonly string[];
  /** Normalised LinkedIn profile URLs: two different ones are two different members. */
  profileUrls: readonly string[];
  conversationIds: readonly number[];
  /** Where the person was seen, e.g. `linkedin:connections`, `whatsapp`. */
  sources: readonly string[];
}

export type MergeReasonCode =
  | 'same-name'
  | 'accents-differ'
  | 'last-first-order'
  | 'nickname'
  | 'initial'
  | 'same-company'
  | 'shared-email-domain'
  | 'shared-phone'
  | 'shared-conversation'
  | 'different-sources';

export interface MergeReason {
  code: MergeReasonCode;
  detail: string;
}

export interface MergeCandidate {
  /** The smaller id of the pair. */
  a: number;
  b: number;
  /** 0..1; a pair is proposed from MIN_CANDIDATE_SCORE up. */
  score: number;
  reasons: MergeReason[];
}

/*
 * Scores, all design choices. A name relation alone never reaches the threshold except with the
 * sighting in a second source (the everyday case: "Ana Ruiz" in WhatsApp and on LinkedIn); a
 * nickname or an initial needs a company or a work email domain besides. Names that differ in
 * any other way never pair, whatever else they share: coworkers have the company, the domain
 * and the threads in common and are still two people.
 */
export const MIN_CANDIDATE_SCORE = 0.6;
const NAME_SCORE = { same: 0.5, reversed: 0.5, nickname: 0.35, initial: 0.35 } as const;
const SAME_COMPANY = 0.3;
const SHARED_DOMAIN = 0.25;
const SHARED_PHONE = 0.4;
const SHARED_CONVERSATION = 0.15;
const MAX_CONVERSATION_SCORE = 0.3;
const DIFFERENT_SOURCES = 0.1;
/** Phones written with and without a country code agree on their last digits (design choice). */
const PHONE_TAIL_DIGITS = 8;
/**
 * Comparing a block costs its size squared. A block larger than this is split by full canonical
 * first name, and a sub-block still larger is skipped (hundreds of "John Smith"s with nothing
 * to tell them apart are not a review job). Design choice.
 */
export const MAX_BLOCK_SIZE = 200;

// Webmail domains are shared by strangers, so they are no evidence. Design choice: the largest
// providers; a missing one can only raise a suggestion, never merge.
const PUBLIC_EMAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.es',
  'yahoo.fr',
  'ymail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'hotmail.es',
  'hotmail.fr',
  'outlook.com',
  'outlook.es',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.ru',
  'yandex.ru',
  'qq.com',
  '163.com',
]);

interface NameParts {
  first: string;
  last: string;
  /** First and last as written, lower case, accents kept: tells an accent-only difference. */
  written: string;
  /** The raw name wrote a comma ("Ruiz, Ana" read as first "Ruiz,"). */
  hasComma: boolean;
}

type NameRelation = 'same' | 'reversed' | 'nickname' | 'initial' | 'different';

/** Pairs of people who may be one person, best first. Never throws; ignores nameless people. */
export function findMergeCandidates(people: readonly CandidatePerson[]): MergeCandidate[] {
  const parts = new Map<number, NameParts>();
  const byId = new Map<number, CandidatePerson>();
  const blocks = new Map<string, number[]>();
  for (const person of people) {
    const name = splitName(person);
    if (name === undefined || byId.has(person.id)) continue;
    parts.set(person.id, name);
    byId.set(person.id, person);
    for (const key of blockKeys(name)) {
      const block = blocks.get(key);
      if (block) block.push(person.id);
      else blocks.set(key, [person.id]);
    }
  }

  const seen = new Set<string>();
  const candidates: MergeCandidate[] = [];
  for (const block of blocks.values()) {
    for (const group of boundBlock(block, parts)) {
      for (let i = 0; i < group.length; i += 1) {
        for (let j = i + 1; j < group.length; j += 1) {
          const x = group[i] as number;
          const y = group[j] as number;
          const a = Math.min(x, y);
          const b = Math.max(x, y);
          const pairKey = `${a}:${b}`;
          if (a === b || seen.has(pairKey)) continue;
          seen.add(pairKey);
          const candidate = scorePair(
            byId.get(a) as CandidatePerson,
            parts.get(a) as NameParts,
            byId.get(b) as CandidatePerson,
            parts.get(b) as NameParts,
          );
          if (candidate) candidates.push(candidate);
        }
      }
    }
  }
  return candidates.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
}

function splitName(person: CandidatePerson): NameParts | undefined {
  const first = normaliseNameText(person.firstName);
  const last = normaliseNameText(person.lastName);
  if (first === '' || last === '') return undefined;
  return {
    first,
    last,
    written: `${person.firstName} ${person.lastName}`.toLowerCase().replace(/[^\p{L}\p{M}]+/gu, ''),
    hasComma: person.firstName.includes(',') || person.lastName.includes(','),
  };
}

function blockKeys(name: NameParts): string[] {
  const initial = (first: string) => canonicalFirstName(first).charAt(0);
  return [`${name.last}|${initial(name.first)}`, `${name.first}|${initial(name.last)}`];
}

function boundBlock(block: number[], parts: Map<number, NameParts>): number[][] {
  if (block.length <= MAX_BLOCK_SIZE) return [block];
  const byFirst = new Map<string, number[]>();
  for (const id of block) {
    const name = parts.get(id) as NameParts;
    const key = `${canonicalFirstName(name.first)}|${name.last}`;
    const group = byFirst.get(key);
    if (group) group.push(id);
    else byFirst.set(key, [id]);
  }
  return [...byFirst.values()].filter((g) => g.length > 1 && g.length <= MAX_BLOCK_SIZE);
}

function relateNames(x: NameParts, y: NameParts): NameRelation {
  if (x.first === y.first && x.last === y.last) return 'same';
  if (x.first === y.last && x.last === y.first) return 'reversed';
  if (x.last !== y.last) return 'different';
  if (canonicalFirstName(x.first) === canonicalFirstName(y.first)) return 'nickname';
  const isInitialOf = (short: string, long: string) =>
    short.length === 1 && long.length > 1 && long.startsWith(short);
  if (isInitialOf(x.first, y.first) || isInitialOf(y.first, x.first)) return 'initial';
  return 'different';
}

function scorePair(
  pa: CandidatePerson,
  na: NameParts,
  pb: CandidatePerson,
  nb: NameParts,
): MergeCandidate | undefined {
  const relation = relateNames(na, nb);
  if (relation === 'different') return undefined;
  // Two different LinkedIn profiles are two members, however alike their names.
  if (pa.profileUrls.length > 0 && pb.profileUrls.length > 0) return undefined;

  const reasons: MergeReason[] = [];
  let score: number = NAME_SCORE[relation];
  const shownA = `${pa.firstName} ${pa.lastName}`.trim();
  const shownB = `${pb.firstName} ${pb.lastName}`.trim();
  if (relation === 'same') {
    reasons.push({ code: 'same-name', detail: `both are named "${na.first} ${na.last}"` });
    if (na.written !== nb.written) {
      reasons.push({ code: 'accents-differ', detail: `"${shownA}" and "${shownB}"` });
    }
  } else if (relation === 'reversed') {
    const comma = na.hasComma || nb.hasComma ? ' (written "Last, First")' : '';
    reasons.push({
      code: 'last-first-order',
      detail: `"${shownA}" and "${shownB}" are one name in two orders${comma}`,
    });
  } else if (relation === 'nickname') {
    reasons.push({
      code: 'nickname',
      detail: `"${na.first}" and "${nb.first}" are one first name`,
    });
  } else {
    reasons.push({ code: 'initial', detail: `"${shownA}" and "${shownB}" share a first initial` });
  }

  const companyA = normaliseCompanyName(pa.company);
  if (companyA !== '' && companyA === normaliseCompanyName(pb.company)) {
    score += SAME_COMPANY;
    reasons.push({ code: 'same-company', detail: `both at ${pa.company.trim()}` });
  }
  const domains = intersect(
    pa.emailDomains.filter((d) => !PUBLIC_EMAIL_DOMAINS.has(d)),
    pb.emailDomains,
  );
  if (domains.length > 0) {
    score += SHARED_DOMAIN;
    reasons.push({ code: 'shared-email-domain', detail: `both write from @${domains[0]}` });
  }
  const tail = (phone: string) => phone.replace(/\D/g, '').slice(-PHONE_TAIL_DIGITS);
  const phones = intersect(
    pa.phones.map(tail).filter((p) => p.length === PHONE_TAIL_DIGITS),
    pb.phones.map(tail),
  );
  if (phones.length > 0) {
    score += SHARED_PHONE;
    reasons.push({ code: 'shared-phone', detail: `both have a phone ending ${phones[0]}` });
  }
  const threads = intersect(pa.conversationIds, pb.conversationIds);
  if (threads.length > 0) {
    score += Math.min(MAX_CONVERSATION_SCORE, threads.length * SHARED_CONVERSATION);
    reasons.push({
      code: 'shared-conversation',
      detail: `both in ${threads.length} conversation${threads.length === 1 ? '' : 's'}`,
    });
  }
  const sourcesB = new Set(pb.sources);
  const sourcesA = new Set(pa.sources);
  if (pa.sources.some((s) => !sourcesB.has(s)) && pb.sources.some((s) => !sourcesA.has(s))) {
    score += DIFFERENT_SOURCES;
    reasons.push({
      code: 'different-sources',
      detail: `seen in ${[...sourcesA].join(', ')} and in ${[...sourcesB].join(', ')}`,
    });
  }
  score = Math.min(1, Math.round(score * 100) / 100);
  if (score < MIN_CANDIDATE_SCORE) return undefined;
  return { a: pa.id, b: pb.id, score, reasons };
}

function intersect<T>(xs: readonly T[], ys: readonly T[]): T[] {
  const set = new Set(ys);
  return [...new Set(xs.filter((x) => set.has(x)))];
}
