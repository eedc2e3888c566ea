import { normaliseCompanyName } from '../core/ties/company-name.js';
import type { TieClass } from '../core/ties/classify-tie.js';
import { LOCAL_ACCOUNT_ID, type Store } from '../store/open-store.js';
import { scoreNetwork, type ScoredNetwork } from './recommend.js';

/** Shannon entropy in bits, and its evenness (entropy / log2 of the number of groups). */
export function diversity(counts: Iterable<number>): {
  entropyBits: number;
  evenness: number;
  groups: number;
} {
  const list = [...counts].filter((n) => n > 0);
  const total = list.reduce((a, b) => a + b, 0);
  if (total === 0 || list.length === 0) return { entropyBits: 0, evenness: 0, groups: 0 };
  let h = 0;
  for (const n of list) {
    const p = n / total;
    h -= p * Math.log2(p);
  }
  return {
    entropyBits: h,
    evenness: list.length > 1 ? h / Math.log2(list.length) : 0,
    groups: list.length,
  };
}

export interface NetworkHealth {
  connections: number;
  growthByMonth: { month: string; added: number; total: number }[];
  tieClassMix: Record<TieClass, number>;
  dormantShare: number;
  neverInteractedShare: number;
  companyDiversity: ReturnType<typeof diversity>;
  functionDiversity: ReturnType<typeof diversity>;
  relevantShare: number;
  mutualsKnown: number;
  /** Share of ties with a known mutual count above 10, against the paper's 24 %. */
  aboveTenMutualsShare: number | null;
  comparisons: { figure: string; yours: string; research: string; source: string }[];
}

/** `weakties health` (issue 4, item 7; docs/product.md C8). */
export async function computeNetworkHealth(
  store: Store,
  options: {
    accountId?: number;
    now?: Date;
    /** The account's network already scored (the server keeps one per account and day). */
    network?: ScoredNetwork;
  } = {},
): Promise<NetworkHealth> {
  const network =
    options.network ??
    (await scoreNetwork(store, {
      accountId: options.accountId ?? LOCAL_ACCOUNT_ID,
      now: options.now,
    }));
  const ties = network.scored.filter((s) => s.features.isConnection);
  const mix: Record<TieClass, number> = {
    strong: 0,
    'moderately-weak': 0,
    weak: 0,
    dormant: 0,
    'never-interacted': 0,
  };
  const companies = new Map<string, number>();
  const functions = new Map<string, number>();
  const byMonth = new Map<string, number>();
  let relevant = 0;
  let known = 0;
  let aboveTen = 0;
  for (const t of ties) {
    mix[t.tieClass] += 1;
    const key = normaliseCompanyName(t.features.company ?? '');
    if (key) companies.set(key, (companies.get(key) ?? 0) + 1);
    if (t.title.function !== 'other')
      functions.set(t.title.function, (functions.get(t.title.function) ?? 0) + 1);
    const month = t.features.connectedOn?.slice(0, 7);
    if (month && /^\d{4}-\d{2}$/.test(month)) byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
    if (
      t.goalMatch.company !== undefined ||
      t.goalMatch.isTargetIndustry ||
      t.goalMatch.isTargetRole
    )
      relevant += 1;
    if (t.mutuals) {
      known += 1;
      if (t.mutuals.count > 10) aboveTen += 1;
    }
  }
  let running = 0;
  const growthByMonth = [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, added]) => ({ month, added, total: (running += added) }));
  const n = ties.length || 1;
  const interacted = ties.length - mix['never-interacted'];
  const aboveTenShare = known > 0 ? aboveTen / known : null;
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  return {
    connections: ties.length,
    growthByMonth,
    tieClassMix: mix,
    dormantShare: mix.dormant / n,
    neverInteractedShare: mix['never-interacted'] / n,
    companyDiversity: diversity(companies.values()),
    functionDiversity: diversity(functions.values()),
    relevantShare: relevant / n,
    mutualsKnown: known,
    aboveTenMutualsShare: aboveTenShare,
    comparisons: [
      {
        figure: 'ties with more than 10 mutual connections',
        yours:
          aboveTenShare === null ? 'unknown (record mutual counts to see it)' : pct(aboveTenShare),
        research: '24 % of new ties',
        source: 'Rajkumar et al. 2022, Science',
      },
      {
        figure: 'connections ever messaged',
        yours: pct(interacted / n),
        research: '10 % in a real 2024 export',
        source: 'a public LinkedIn export of 2024 (3,761 connections)',
      },
      {
        figure: 'job finders who saw their contact rarely (once a year or less)',
        yours: `${pct((mix.weak + mix.dormant) / Math.max(1, interacted))} of the ties you interacted with are weak or dormant`,
        research: '27.8 % (often 16.7 %, occasionally 55.6 %)',
        source: 'Granovetter 1973, Getting a Job (N = 54)',
      },
    ],
  };
}

/**
 * Below this share of contacts with a known tie to another contact, the structural figures
 * (constraint, effective size, efficiency, clustering) describe the part of the network the data
 * reaches, not the network: design choice, half, since Burt's measures sum over every contact and
 * a contact with no known tie looks like a perfect structural hole.
 */
export const MIN_KNOWN_TIE_SHARE = 0.5;

/** What the structural figures rest on, in words, with a warning when it is too little. */
export function structureCaveat(peopleWithTies: number, people: number): string {
  const share = people > 0 ? peopleWithTies / people : 0;
  const percent = `${Math.round(share * 100)} %`;
  const base = `Based on the ${percent} of your contacts (${peopleWithTies.toLocaleString('en-US')} of ${people.toLocaleString('en-US')}) with a known tie to another contact.`;
  if (share >= MIN_KNOWN_TIE_SHARE) return base;
  return `${base} Too few to mean much: the others look unconnected only because no data ties them. Import your mail, calendar or chats, or ties you know (weakties import-edges), to fill it in.`;
}
