/**
 * Probabilistic record linkage of people across sources (docs/science.md section 8): the
 * Fellegi-Sunter model (Fellegi and Sunter 1969, "A theory for record linkage") as Splink
 * implements it. Each candidate pair is compared field by field; each comparison falls into one
 * level (name exact, nickname, ...), and each level carries a match weight log2(m/u), where m is
 * the chance of that level among pairs that are one person and u among pairs that are two. The
 * weights add to the prior log-odds; the sum is the pair's posterior in bits, and each term is a
 * reason the user reads.
 *
 * u comes from random pairs of the store itself (Splink's "estimate u using random sampling"),
 * with the exact-name level adjusted for how common the name is in the store (term frequency);
 * m and the prior come from expectation maximisation over the blocked candidate pairs (Splink's
 * "estimate parameters using expectation maximisation"). When the store is too small for either
 * estimate, documented priors stand in (FALLBACK_*). Blocking keys keep the work near-linear:
 * only people sharing a key are compared. Pure: no I/O, no clock; the random sample is seeded.
 */
import { createSeededRng } from '../seeded-rng.js';
import { normaliseCompanyName } from '../ties/company-name.js';
import { jaroWinkler } from './jaro-winkler.js';
import { canonicalFirstName } from './nicknames.js';

export interface IdentityRecord {
  id: number;
  /** Every name the person was seen under, as written (first and last; last may be empty). */
  names: readonly { first: string; last: string }[];
  company: string;
  /** Normalised email addresses. */
  emails: readonly string[];
  /** Phone keys as stored (E.164 where the importer could tell the country). */
  phones: readonly string[];
  /** Normalised LinkedIn profile URLs. */
  profileUrls: readonly string[];
  conversationIds: readonly number[];
  /** Where the person was seen, e.g. `linkedin:connections`, `vcard:vcard`. */
  sources: readonly string[];
  /** A LinkedIn connection (a row in Connections.csv). */
  isConnection: boolean;
  /** The day the connection was made, when known (YYYY-MM-DD). */
  connectedOn?: string;
}

export const COMPARISONS = {
  name: [
    'exact',
    'nickname',
    'initial-surname',
    'first-name-and-company',
    'similar-high',
    'similar',
    'different',
  ],
  company: ['same', 'different'],
  email: ['exact', 'company-domain', 'same-domain', 'different'],
  'email-name': ['spells-name', 'different'],
  phone: ['exact', 'different'],
  'profile-url': ['same', 'different'],
  conversation: ['shared', 'none'],
} as const;

export type ComparisonName = keyof typeof COMPARISONS;
export type ComparisonLevel<C extends ComparisonName = ComparisonName> =
  (typeof COMPARISONS)[C][number];
const COMPARISON_NAMES = Object.keys(COMPARISONS) as ComparisonName[];

/** Per comparison, the probability of each level (same order as COMPARISONS). */
export type LevelProbabilities = Record<ComparisonName, number[]>;

export interface ModelParameters {
  /** Prior probability that two people of the store, drawn at random, are one person. */
  lambda: number;
  m: LevelProbabilities;
  u: LevelProbabilities;
  /** How m and the prior were found: expectation maximisation, or the fallback priors. */
  mFrom: 'em' | 'priors';
  uFrom: 'random-pairs' | 'priors';
  emIterations: number;
  candidatePairs: number;
  people: number;
}

/*
 * Fallbacks when the store cannot estimate (design choices, docs/science.md section 8): m as a
 * careful reviewer would guess it for cross-source duplicates, u for a network of a few thousand
 * people. They only have to rank pairs sensibly until the store is large enough to estimate.
 */
const FALLBACK_M: LevelProbabilities = {
  name: [0.8, 0.06, 0.03, 0.03, 0.03, 0.02, 0.03],
  company: [0.85, 0.15],
  email: [0.3, 0.3, 0.05, 0.35],
  'email-name': [0.7, 0.3],
  phone: [0.9, 0.1],
  'profile-url': [0.99, 0.01],
  conversation: [0.3, 0.7],
};
const FALLBACK_U: LevelProbabilities = {
  name: [1e-4, 1e-5, 1e-5, 1e-5, 1e-4, 1e-3, 0.99885],
  company: [0.01, 0.99],
  email: [1e-5, 0.005, 0.01, 0.98499],
  'email-name': [1e-4, 0.9999],
  phone: [1e-5, 0.99999],
  'profile-url': [1e-6, 0.999999],
  conversation: [0.01, 0.99],
};
/** Fallback prior: about 0.15 duplicates per person (design choice). */
const FALLBACK_DUPLICATES_PER_PERSON = 0.15;
/** Fewer people than this and random pairs say too little about u (design choice). */
export const MIN_PEOPLE_FOR_U = 200;
/** Fewer candidate pairs than this and EM has too little to learn m from (design choice). */
export const MIN_PAIRS_FOR_EM = 50;
/** Random pairs drawn to estimate u (design choice: about 1 % error on a 0.5 % level). */
const U_SAMPLE_PAIRS = 60_000;
const EM_MAX_ITERATIONS = 60;
const EM_TOLERANCE = 1e-5;
/** Pseudo-counts pulling EM's m towards the fallback, so an empty level keeps a weight. */
const EM_PSEUDO_COUNT = 1;
/** A block larger than this is split by full name; a sub-block still larger is skipped. */
export const MAX_BLOCK_SIZE = 200;
/** Jaro-Winkler bands on the whole name (design choices; Splink's defaults are 0.92 and 0.88). */
const SIMILAR_HIGH = 0.92;
const SIMILAR = 0.88;
const SAMPLE_SEED = 20_261_208;
/**
 * Pairs below this (a posterior of about 0.4 %) are left out of the result: no decision reads
 * them (the review floor is 0 bits and a rival counts from 7 bits under a pair at least that
 * good), and explaining every blocked pair of a large store costs most of the time. Design choice.
 */
const MIN_PAIR_BITS = -8;

// Webmail domains are shared by strangers: an address there says nothing about an employer.
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

/** A record prepared once: normalised names, company key, email parts. */
interface Prepared {
  record: IdentityRecord;
  names: { first: string; last: string; full: string; canonical: string }[];
  company: string;
  /** The company key without spaces or punctuation, for comparing with email domains. */
  companySlug: string;
  firstCompanyWord: string;
  workDomains: string[];
  /** Email local parts reduced to letters: `omar.ribeiro38` gives `omarribeiro`. */
  localParts: string[];
  phones: Set<string>;
  emails: Set<string>;
  conversations: Set<number>;
}

export interface Comparison {
  comparison: ComparisonName;
  /** Index into COMPARISONS[comparison], or -1 when one side lacks the field. */
  level: number;
}

export interface PairReason {
  comparison: ComparisonName;
  level: string;
  /** log2(m/u) of this level. */
  bits: number;
  /** What the user reads, e.g. `both are named "nathan zhou"`. */
  text: string;
}

export interface ScoredPair {
  a: number;
  b: number;
  posterior: number;
  /** Prior log-odds plus every reason's bits. */
  bits: number;
  levels: Comparison[];
  reasons: PairReason[];
}

const letters = (text: string): string => text.replace(/[^\p{L}]+/gu, '');

function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function prepare(record: IdentityRecord): Prepared {
  const names: Prepared['names'] = [];
  const seen = new Set<string>();
  for (const raw of record.names) {
    let first = normaliseName(raw.first);
    let last = normaliseName(raw.last);
    if (last === '' && first.includes(' ')) {
      // "Valentina Larkbridge" typed into one field: the last word is the surname.
      const cut = first.lastIndexOf(' ');
      last = first.slice(cut + 1);
      first = first.slice(0, cut);
    }
    if (first === '' && last === '') continue;
    const full = `${first} ${last}`.trim();
    if (seen.has(full)) continue;
    seen.add(full);
    names.push({ first, last, full, canonical: canonicalFirstName(first.split(' ')[0] ?? first) });
  }
  const company = normaliseCompanyName(record.company);
  const workDomains = record.emails
    .map((e) => e.slice(e.lastIndexOf('@') + 1))
    .filter((d) => d !== '' && !PUBLIC_EMAIL_DOMAINS.has(d));
  return {
    record,
    names,
    company,
    companySlug: company.replace(/[^\p{L}\p{N}]+/gu, ''),
    firstCompanyWord: company.split(' ')[0] ?? '',
    workDomains,
    localParts: record.emails.map((e) => letters(normaliseName(e.slice(0, e.lastIndexOf('@'))))),
    phones: new Set(record.phones),
    emails: new Set(record.emails),
    conversations: new Set(record.conversationIds),
  };
}

/** The domain's first label without punctuation: `kelenwave-payments.example` gives `kelenwavepayments`. */
function domainSlug(domain: string): string {
  return (domain.split('.')[0] ?? '').replace(/[^a-z0-9]+/g, '');
}

function nameLevel(x: Prepared, y: Prepared): number {
  if (x.names.length === 0 || y.names.length === 0) return -1;
  const L = COMPARISONS.name;
  let best: number = L.indexOf('different');
  for (const p of x.names) {
    for (const q of y.names) {
      let level: number = L.indexOf('different');
      const reversed = p.first === q.last && p.last === q.first && p.last !== '';
      if (p.full === q.full || reversed) level = L.indexOf('exact');
      else if (
        p.last !== '' &&
        p.last === q.last &&
        (p.canonical === q.canonical || isShortForm(p.first, q.first))
      ) {
        level = L.indexOf('nickname');
      } else if (
        p.last !== '' &&
        p.last === q.last &&
        (isInitialOf(p.first, q.first) || isInitialOf(q.first, p.first))
      ) {
        level = L.indexOf('initial-surname');
      } else if (
        p.canonical === q.canonical &&
        ((p.last !== '' && p.last === y.firstCompanyWord && q.last !== p.last) ||
          (q.last !== '' && q.last === x.firstCompanyWord && p.last !== q.last))
      ) {
        // "Valentina Larkbridge" in the phone book for Valentina Morales of Larkbridge Recruitment.
        level = L.indexOf('first-name-and-company');
      } else {
        const similarity = jaroWinkler(p.full, q.full);
        if (similarity >= SIMILAR_HIGH) level = L.indexOf('similar-high');
        else if (similarity >= SIMILAR) level = L.indexOf('similar');
      }
      if (level < best) best = level;
    }
  }
  return best;
}

/** "Franzi" for Franziska, "Max" for Maximilian: a first name cut short (three letters or more). */
function isShortForm(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && short.length < long.length && long.startsWith(short);
}

function isInitialOf(short: string, long: string): boolean {
  return short.length === 1 && long.length > 1 && long.startsWith(short);
}

function spellsName(localPart: string, name: Prepared['names'][number]): boolean {
  if (name.last === '' || localPart.length < 3) return false;
  const first = letters(name.first);
  const last = letters(name.last);
  return (
    localPart === `${first}${last}` ||
    localPart === `${last}${first}` ||
    localPart === `${first.charAt(0)}${last}` ||
    localPart === `${first}${last.charAt(0)}`
  );
}

/** The level of every comparison for one pair. */
export function comparePair(x: Prepared, y: Prepared): Comparison[] {
  const out: Comparison[] = [];
  const name = nameLevel(x, y);
  out.push({ comparison: 'name', level: name });

  out.push({
    comparison: 'company',
    level: x.company === '' || y.company === '' ? -1 : x.company === y.company ? 0 : 1,
  });

  let email = -1;
  if (x.emails.size > 0 && y.emails.size > 0) email = 3;
  // `joranwave-sas.example` for "Joranwave SAS" (whose legal form the company key drops).
  const domainMatchesCompany = (p: Prepared, q: Prepared) =>
    q.companySlug.length >= 3 &&
    p.workDomains.some((d) => {
      const slug = domainSlug(d);
      return (
        slug === q.companySlug || (slug.startsWith(q.companySlug) && q.companySlug.length >= 5)
      );
    });
  if ([...x.emails].some((e) => y.emails.has(e))) email = 0;
  else if (domainMatchesCompany(x, y) || domainMatchesCompany(y, x)) email = 1;
  else if (x.workDomains.some((d) => y.workDomains.includes(d))) email = 2;
  out.push({ comparison: 'email', level: email });

  // The address spelling the other's name is evidence only where the names do not already agree
  // exactly: there it would count the name twice.
  let emailName = -1;
  if (name !== 0) {
    const spells = (p: Prepared, q: Prepared) =>
      p.localParts.some((local) => q.names.some((n) => spellsName(local, n)));
    if (
      (x.localParts.length > 0 && y.names.length > 0) ||
      (y.localParts.length > 0 && x.names.length > 0)
    ) {
      emailName = spells(x, y) || spells(y, x) ? 0 : 1;
    }
  }
  out.push({ comparison: 'email-name', level: emailName });

  let phone = -1;
  if (x.phones.size > 0 && y.phones.size > 0) {
    phone = [...x.phones].some((p) => y.phones.has(p)) ? 0 : 1;
  }
  out.push({ comparison: 'phone', level: phone });

  let url = -1;
  if (x.record.profileUrls.length > 0 && y.record.profileUrls.length > 0) {
    url = x.record.profileUrls.some((u) => y.record.profileUrls.includes(u)) ? 0 : 1;
  }
  out.push({ comparison: 'profile-url', level: url });

  let conversation = -1;
  if (x.conversations.size > 0 && y.conversations.size > 0) {
    conversation = [...x.conversations].some((c) => y.conversations.has(c)) ? 0 : 1;
  }
  out.push({ comparison: 'conversation', level: conversation });
  return out;
}

function blockKeys(p: Prepared): string[] {
  const keys = new Set<string>();
  for (const n of p.names) {
    if (n.last !== '') {
      keys.add(`n:${n.last}|${n.canonical.charAt(0)}`);
      keys.add(`n:${n.first}|${canonicalFirstName(n.last).charAt(0)}`);
      keys.add(`l:${letters(n.first)}${letters(n.last)}`);
      keys.add(`l:${letters(n.first).charAt(0)}${letters(n.last)}`);
    }
    if (p.company !== '') keys.add(`c:${n.canonical}|${p.company}`);
  }
  for (const local of p.localParts) if (local.length >= 3) keys.add(`l:${local}`);
  for (const e of p.emails) keys.add(`e:${e}`);
  for (const phone of p.phones) keys.add(`p:${phone}`);
  return [...keys];
}

/** Candidate pairs: people sharing a blocking key, each pair once, as [smaller, larger] index. */
function blockPairs(prepared: readonly Prepared[]): [number, number][] {
  const blocks = new Map<string, number[]>();
  prepared.forEach((p, index) => {
    for (const key of blockKeys(p)) {
      const block = blocks.get(key);
      if (block) block.push(index);
      else blocks.set(key, [index]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = prepared.length;
  for (const block of blocks.values()) {
    for (const group of boundBlock(block, prepared)) {
      for (let i = 0; i < group.length; i += 1) {
        for (let j = i + 1; j < group.length; j += 1) {
          const x = Math.min(group[i] as number, group[j] as number);
          const y = Math.max(group[i] as number, group[j] as number);
          const key = x * n + y;
          if (x === y || seen.has(key)) continue;
          seen.add(key);
          pairs.push([x, y]);
        }
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

function boundBlock(block: number[], prepared: readonly Prepared[]): number[][] {
  if (block.length <= MAX_BLOCK_SIZE) return [block];
  const byName = new Map<string, number[]>();
  for (const index of block) {
    const full = prepared[index]?.names[0]?.full ?? '';
    const group = byName.get(full);
    if (group) group.push(index);
    else byName.set(full, [index]);
  }
  return [...byName.values()].filter((g) => g.length > 1 && g.length <= MAX_BLOCK_SIZE);
}

/**
 * Two connections made on different days are two members (two friends of one name), and so are
 * two different profile URLs.
 */
function isVetoed(levels: Comparison[], x: Prepared, y: Prepared): boolean {
  const a = x.record.connectedOn;
  const b = y.record.connectedOn;
  if (a !== undefined && b !== undefined && a !== '' && b !== '' && a !== b) return true;
  return levels.some((l) => l.comparison === 'profile-url' && l.level === 1);
}

function emptyCounts(): LevelProbabilities {
  const out = {} as LevelProbabilities;
  for (const c of COMPARISON_NAMES) out[c] = COMPARISONS[c].map(() => 0);
  return out;
}

/** u from random pairs of the store (all pairs when there are few), Laplace-smoothed. */
function estimateU(prepared: readonly Prepared[]): LevelProbabilities {
  const n = prepared.length;
  const counts = emptyCounts();
  const total = emptyCounts();
  const tally = (x: Prepared, y: Prepared) => {
    for (const { comparison, level } of comparePair(x, y)) {
      if (level < 0) continue;
      (counts[comparison][level] as number) += 1;
      for (let i = 0; i < total[comparison].length; i += 1) (total[comparison][i] as number) += 1;
    }
  };
  const allPairs = (n * (n - 1)) / 2;
  if (allPairs <= U_SAMPLE_PAIRS) {
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) tally(prepared[i] as Prepared, prepared[j] as Prepared);
    }
  } else {
    const random = createSeededRng(SAMPLE_SEED);
    for (let s = 0; s < U_SAMPLE_PAIRS; s += 1) {
      const i = Math.floor(random() * n);
      let j = Math.floor(random() * (n - 1));
      if (j >= i) j += 1;
      tally(prepared[i] as Prepared, prepared[j] as Prepared);
    }
  }
  const u = emptyCounts();
  for (const c of COMPARISON_NAMES) {
    const levels = COMPARISONS[c].length;
    const seen = total[c][0] ?? 0;
    for (let l = 0; l < levels; l += 1) {
      // Laplace smoothing: a level no random pair showed still gets a small u, not zero.
      u[c][l] = ((counts[c][l] ?? 0) + 1) / (seen + levels);
    }
  }
  return u;
}

interface NameCounts {
  full: Map<string, number>;
  first: Map<string, number>;
  last: Map<string, number>;
}

/** How many people carry each full name, first name and surname (term frequencies). */
function nameFrequencies(prepared: readonly Prepared[]): NameCounts {
  const counts: NameCounts = { full: new Map(), first: new Map(), last: new Map() };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const p of prepared) {
    for (const full of new Set(p.names.map((n) => n.full))) bump(counts.full, full);
    for (const first of new Set(p.names.map((n) => n.first))) bump(counts.first, first);
    for (const last of new Set(p.names.map((n) => n.last))) bump(counts.last, last);
  }
  return counts;
}

/**
 * u of an exact match on one name: the chance that two different people carry it. The store
 * cannot see frequencies below one in N, so the name's first-name and surname shares multiply
 * (independence, as Winkler's name-frequency weights assume); when other people than the pair
 * carry the full name, their share is the floor (two "Xiaoming Zhang"s make the name common).
 */
function exactNameU(
  counts: NameCounts,
  name: { first: string; last: string; full: string },
  n: number,
): number {
  const share = (map: Map<string, number>, key: string) => Math.max(1, map.get(key) ?? 1) / n;
  const product = share(counts.first, name.first) * share(counts.last, name.last);
  const others = Math.max(0, (counts.full.get(name.full) ?? 2) - 2) / Math.max(1, n - 1);
  return Math.min(1, Math.max(product, others, 1 / (n * n)));
}

interface PairData {
  x: number;
  y: number;
  levels: Comparison[];
  /** u of the exact-name level for this pair's name (term frequency), when it is exact. */
  nameU?: number;
  /** u of the same-company or company-domain level for this company (its share of people). */
  companyU?: number;
}

function logOdds(pair: PairData, params: ModelParameters): { bits: number; terms: number[] } {
  const terms: number[] = [];
  let bits = Math.log2(params.lambda / (1 - params.lambda));
  for (const { comparison, level } of pair.levels) {
    if (level < 0) {
      terms.push(0);
      continue;
    }
    const m = params.m[comparison][level] ?? 1;
    let u = params.u[comparison][level] ?? 1;
    if (comparison === 'name' && level === 0 && pair.nameU !== undefined) u = pair.nameU;
    if (
      pair.companyU !== undefined &&
      ((comparison === 'company' && level === 0) || (comparison === 'email' && level === 1))
    ) {
      u = pair.companyU;
    }
    const w = Math.log2(m / u);
    terms.push(w);
    bits += w;
  }
  return { bits, terms };
}

const toProbability = (bits: number): number => 1 / (1 + 2 ** -bits);

export interface ScoreOptions {
  /** Pairs `a:b` (a < b, person ids) never proposed again: the user said they are two. */
  dismissed?: ReadonlySet<string>;
  /**
   * The comparison levels of pairs already merged (their stored reasons): known matches that
   * expectation maximisation counts with certainty, so a store estimates the same model after
   * fusion as before it (otherwise the merged duplicates vanish from what EM learns from).
   */
  knownMatches?: readonly Comparison[][];
}

/** The levels of a merged pair, from the reasons stored with it. */
export function levelsFromReasons(
  reasons: readonly { comparison: string; level: string }[],
): Comparison[] {
  return COMPARISON_NAMES.map((comparison) => {
    const reason = reasons.find((r) => r.comparison === comparison);
    const level = reason
      ? (COMPARISONS[comparison] as readonly string[]).indexOf(reason.level)
      : -1;
    return { comparison, level };
  });
}

export interface ScoredPeople {
  parameters: ModelParameters;
  /** Every candidate pair that is not vetoed and not hopeless (MIN_PAIR_BITS), best first. */
  pairs: ScoredPair[];
}

/** Estimates the model on the store's own people and scores every candidate pair. */
export function scorePeople(
  records: readonly IdentityRecord[],
  options: ScoreOptions = {},
): ScoredPeople {
  const prepared = [...records].sort((p, q) => p.id - q.id).map(prepare);
  const n = prepared.length;
  const frequencies = nameFrequencies(prepared);
  const companies = new Map<string, number>();
  for (const p of prepared) {
    if (p.company !== '') companies.set(p.company, (companies.get(p.company) ?? 0) + 1);
  }
  const pairs: PairData[] = [];
  for (const [x, y] of blockPairs(prepared)) {
    const px = prepared[x] as Prepared;
    const py = prepared[y] as Prepared;
    const levels = comparePair(px, py);
    if (isVetoed(levels, px, py)) continue;
    const data: PairData = { x, y, levels };
    if (levels[0]?.level === 0) {
      // The rarest name the two share.
      let u = Infinity;
      for (const a of px.names) {
        for (const b of py.names) {
          if (a.full === b.full) u = Math.min(u, exactNameU(frequencies, a, n));
        }
      }
      if (Number.isFinite(u)) data.nameU = u;
    }
    const company = px.company !== '' ? px.company : py.company;
    if (company !== '' && (levels[1]?.level === 0 || levels[2]?.level === 1)) {
      // A company's share of the people: ten colleagues at the owner's employer say less than
      // the only two people at a small firm (Splink's term-frequency adjustment).
      data.companyU = Math.max(1, companies.get(company) ?? 1) / n;
    }
    pairs.push(data);
  }

  const totalPairs = Math.max(1, (n * (n - 1)) / 2);
  const enoughPeople = n >= MIN_PEOPLE_FOR_U;
  const params: ModelParameters = {
    lambda: Math.min(0.5, (FALLBACK_DUPLICATES_PER_PERSON * n) / totalPairs),
    m: structuredClone(FALLBACK_M),
    u: enoughPeople ? estimateU(prepared) : structuredClone(FALLBACK_U),
    mFrom: 'priors',
    uFrom: enoughPeople ? 'random-pairs' : 'priors',
    emIterations: 0,
    candidatePairs: pairs.length,
    people: n,
  };
  if (!enoughPeople) {
    for (const p of pairs) {
      delete p.nameU;
      delete p.companyU;
    }
  }
  const known = options.knownMatches ?? [];
  if (enoughPeople && pairs.length + known.length >= MIN_PAIRS_FOR_EM) {
    runEm(pairs, known, params, totalPairs + known.length);
  }

  const dismissed = options.dismissed ?? new Set<string>();
  const scored: ScoredPair[] = [];
  for (const pair of pairs) {
    const a = (prepared[pair.x] as Prepared).record.id;
    const b = (prepared[pair.y] as Prepared).record.id;
    if (dismissed.has(`${a}:${b}`)) continue;
    const { bits, terms } = logOdds(pair, params);
    if (bits < MIN_PAIR_BITS) continue;
    scored.push({
      a,
      b,
      posterior: toProbability(bits),
      bits,
      levels: pair.levels,
      reasons: explain(pair, terms, prepared[pair.x] as Prepared, prepared[pair.y] as Prepared),
    });
  }
  scored.sort((p, q) => q.bits - p.bits || p.a - q.a || p.b - q.b);
  return { parameters: params, pairs: scored };
}

/** Expectation maximisation of m and the prior, u held at its random-pair estimate. */
function runEm(
  pairs: PairData[],
  known: readonly Comparison[][],
  params: ModelParameters,
  totalPairs: number,
): void {
  const posterior = new Float64Array(pairs.length);
  for (let iteration = 1; iteration <= EM_MAX_ITERATIONS; iteration += 1) {
    let expectedMatches = known.length;
    pairs.forEach((pair, i) => {
      const p = toProbability(logOdds(pair, params).bits);
      posterior[i] = p;
      expectedMatches += p;
    });
    const counts = emptyCounts();
    const totals = Object.fromEntries(COMPARISON_NAMES.map((c) => [c, 0])) as Record<
      ComparisonName,
      number
    >;
    const tally = (levels: readonly Comparison[], p: number) => {
      for (const { comparison, level } of levels) {
        if (level < 0) continue;
        (counts[comparison][level] as number) += p;
        totals[comparison] += p;
      }
    };
    pairs.forEach((pair, i) => tally(pair.levels, posterior[i] ?? 0));
    for (const levels of known) tally(levels, 1);
    let change = 0;
    for (const c of COMPARISON_NAMES) {
      const prior = FALLBACK_M[c];
      for (let l = 0; l < prior.length; l += 1) {
        const next =
          ((counts[c][l] ?? 0) + EM_PSEUDO_COUNT * (prior[l] ?? 0)) / (totals[c] + EM_PSEUDO_COUNT);
        change = Math.max(change, Math.abs(next - (params.m[c][l] ?? 0)));
        params.m[c][l] = next;
      }
    }
    const lambda = Math.min(0.5, Math.max(1 / totalPairs, expectedMatches / totalPairs));
    change = Math.max(change, Math.abs(Math.log2(lambda / params.lambda)) / 100);
    params.lambda = lambda;
    params.emIterations = iteration;
    params.mFrom = 'em';
    if (change < EM_TOLERANCE) break;
  }
}

function explain(pair: PairData, terms: number[], x: Prepared, y: Prepared): PairReason[] {
  const reasons: PairReason[] = [];
  pair.levels.forEach(({ comparison, level }, i) => {
    if (level < 0) return;
    const levelName = COMPARISONS[comparison][level] as string;
    reasons.push({
      comparison,
      level: levelName,
      bits: Math.round((terms[i] ?? 0) * 10) / 10,
      text: describe(comparison, levelName, x, y),
    });
  });
  return reasons.sort((p, q) => Math.abs(q.bits) - Math.abs(p.bits));
}

function describe(comparison: ComparisonName, level: string, x: Prepared, y: Prepared): string {
  const nameX = x.names[0]?.full ?? '';
  const nameY = y.names[0]?.full ?? '';
  switch (`${comparison}:${level}`) {
    case 'name:exact':
      return `both are named "${nameX}"`;
    case 'name:nickname':
      return `"${nameX}" and "${nameY}": one first name, a nickname or short form`;
    case 'name:initial-surname':
      return `"${nameX}" and "${nameY}": an initial and the same surname`;
    case 'name:first-name-and-company':
      return `"${nameX}" and "${nameY}": the same first name, the company written as the surname`;
    case 'name:similar-high':
      return `"${nameX}" and "${nameY}" are spelled almost alike`;
    case 'name:similar':
      return `"${nameX}" and "${nameY}" are spelled somewhat alike`;
    case 'name:different':
      return `different names: "${nameX}" and "${nameY}"`;
    case 'company:same':
      return `both at ${x.record.company.trim() || y.record.company.trim()}`;
    case 'company:different':
      return `different employers: ${x.record.company.trim()} and ${y.record.company.trim()}`;
    case 'email:exact':
      return `the same email address`;
    case 'email:company-domain':
      return `an email address at the company's own domain`;
    case 'email:same-domain':
      return `email addresses at one company domain`;
    case 'email:different':
      return `different email addresses`;
    case 'email-name:spells-name':
      return `an email address spells the other's name`;
    case 'email-name:different':
      return `no email address spells the other's name`;
    case 'phone:exact':
      return `the same phone number`;
    case 'phone:different':
      return `different phone numbers`;
    case 'profile-url:same':
      return `the same LinkedIn profile`;
    case 'profile-url:different':
      return `different LinkedIn profiles`;
    case 'conversation:shared':
      return `in the same conversation`;
    default:
      return `no shared conversation`;
  }
}

/** "+10.9 bits" style, for reasons in words. */
export function formatBits(bits: number): string {
  return `${bits >= 0 ? '+' : '−'}${Math.abs(bits).toFixed(1)} bits`;
}

export { prepare as prepareRecord };
