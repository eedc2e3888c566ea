/**
 * "Tell 20 to 30 people specifically what you are looking for" (docs/product.md "Reconnect"): picks
 * one wave of a balanced size and mix. Shares come from TieSettings.lists (design choice): about
 * 40 % dormant or fading ties (Levin et al. 2011), 40 % weak and moderately weak ties
 * (Rajkumar et al. 2022), the rest strong ties (Gee et al. 2017), at most two per company
 * (docs/product.md: diversity across places and industries) and at most a quarter from one
 * cluster of the network. Only people the user has been in touch
 * with are picked: a wave is personal messages, not cold invitations. Every source takes part:
 * phone book, chat and mail contacts the store can place (a company or title) or has a real
 * conversation with, and a fifth of each share goes to them while they wait (source-mix.ts).
 * Current colleagues stay out while the user is discreet.
 */
import { hiddenForDiscretion } from '../outreach/current-employer.js';
import { mixSources } from '../outreach/source-mix.js';
import { normaliseCompanyName } from './company-name.js';
import type { Goals } from './goals.js';
import type { RankedEntry } from './ranked-entry.js';
import { byScore, capitalise, classPhrase, solutionClause, wherePhrase } from './ranked-entry.js';
import {
  isReconnectCandidate,
  notConnected,
  reconnectEntry,
  type OutsideLinkedIn,
} from './rank-reconnect.js';
import type { ScoredTie } from './score-tie.js';
import type { TieSettings } from './tie-settings.js';

interface Candidate {
  entry: RankedEntry;
  companyKey: string;
  cluster: number | undefined;
  outside: boolean;
}

/**
 * Design choice: at most a quarter of a wave from one cluster of the network, so the news reaches
 * several circles (the method: diversity across places and industries; Granovetter 1973: news
 * travels through the ties between circles). The last fill relaxes it for a small network.
 */
const MAX_CLUSTER_SHARE = 0.25;

// Design choice: five messages make a conversation worth a personal note without a company.
const MIN_MESSAGES_WITHOUT_PLACE = 5;

/** In touch, and a person the wave can write to: a connection, placeable, or a real conversation. */
export function isWaveCandidate(s: ScoredTie): boolean {
  if (!s.history.hasInteracted) return false;
  if (s.features.isConnection) return true;
  return (
    Boolean(s.features.company?.trim() || s.features.title?.trim()) ||
    s.history.messages >= MIN_MESSAGES_WITHOUT_PLACE
  );
}

export function pickTellWave(
  scored: readonly ScoredTie[],
  goals: Goals,
  settings: TieSettings,
  size: number = settings.lists.tellWaveSize,
  isOutside: OutsideLinkedIn = notConnected,
): RankedEntry[] {
  const target = Math.max(1, Math.min(100, Math.floor(Number.isFinite(size) ? size : 0) || 1));
  const reconnect: Candidate[] = [];
  const weak: Candidate[] = [];
  const strong: Candidate[] = [];
  for (const s of scored) {
    if (!isWaveCandidate(s) || hiddenForDiscretion(s.features.company, goals)) continue;
    const companyKey = normaliseCompanyName(s.features.company ?? '');
    const outside = isOutside(s);
    const cluster = s.features.cluster;
    if (isReconnectCandidate(s)) {
      reconnect.push({
        entry: waveEntry(reconnectEntry(s, goals), goals),
        companyKey,
        cluster,
        outside,
      });
    } else {
      const where = wherePhrase(s);
      const entry: RankedEntry = {
        personId: s.personId,
        score: s.opportunity,
        tieClass: s.tieClass,
        reason: `${capitalise(classPhrase(s))}${where ? ` ${where}` : ''}.`,
        nextAction: '',
      };
      (s.strength === 'strong' ? strong : weak).push({
        entry: waveEntry(entry, goals),
        companyKey,
        cluster,
        outside,
      });
    }
  }
  for (const list of [reconnect, weak, strong]) list.sort((a, b) => byScore(a.entry, b.entry));

  const perCompany = new Map<string, number>();
  const perCluster = new Map<number, number>();
  const clusterCap = Math.max(1, Math.ceil(target * MAX_CLUSTER_SHARE));
  const picked = new Set<string>();
  const wave: RankedEntry[] = [];
  const take = (list: Candidate[], quota: number, isClusterCapped = true): void => {
    let taken = 0;
    for (const c of mixSources(list, (x) => x.outside)) {
      if (taken >= quota || wave.length >= target) break;
      if (picked.has(c.entry.personId)) continue;
      const used = c.companyKey === '' ? 0 : (perCompany.get(c.companyKey) ?? 0);
      if (used >= settings.lists.tellWaveMaxPerCompany) continue;
      const inCluster = c.cluster === undefined ? 0 : (perCluster.get(c.cluster) ?? 0);
      if (isClusterCapped && inCluster >= clusterCap) continue;
      if (c.companyKey !== '') perCompany.set(c.companyKey, used + 1);
      if (c.cluster !== undefined) perCluster.set(c.cluster, inCluster + 1);
      picked.add(c.entry.personId);
      wave.push(c.entry);
      taken += 1;
    }
  };
  const reconnectQuota = Math.round(target * settings.lists.tellWaveReconnectShare);
  const weakQuota = Math.round(target * settings.lists.tellWaveWeakShare);
  take(reconnect, reconnectQuota);
  take(weak, weakQuota);
  take(strong, target - reconnectQuota - weakQuota);
  // A network short of one kind fills the wave from the others, best scores first.
  const rest = [...reconnect, ...weak, ...strong].sort((a, b) => byScore(a.entry, b.entry));
  take(rest, target);
  take(rest, target, false);
  return wave;
}

function waveEntry(entry: RankedEntry, goals: Goals): RankedEntry {
  return {
    ...entry,
    nextAction: `Write personally: one line on what you are doing now, then exactly the role, companies and help you want.${solutionClause(goals)}`,
  };
}
