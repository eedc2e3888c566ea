/**
 * What a progress snapshot keeps (migration 2026-11-29-progress-snapshots): the network figures
 * on the day it was taken and the window's conversations and asks counted by the tie classes of
 * that day. Counts only. Read back defensively: a row written by another version, or edited by
 * hand, that does not have this shape is treated as missing and recomputed.
 */
import type {
  ClassCounts,
  ClassifiedWeek,
  CountByClass,
  NetworkFigures,
} from './member-progress.js';
import { emptyClassCounts, TIE_CLASSES } from './member-progress.js';

export interface SnapshotFigures {
  network: NetworkFigures;
  classified: ClassifiedWeek[];
}

// Snapshots hold a window of weeks; more than this many is not one we wrote (design choice:
// two years of weeks, far above any window the coach view asks for).
const MAX_CLASSIFIED_WEEKS = 104;
const WEEK_LABEL = /^\d{4}-W\d{2}$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function readNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function readClassCounts(value: unknown): ClassCounts | undefined {
  if (!isObject(value)) return undefined;
  const counts = emptyClassCounts();
  for (const c of TIE_CLASSES) {
    const n = readNumber(value[c]);
    if (n === undefined) return undefined;
    counts[c] = n;
  }
  return counts;
}

function readCountByClass(value: unknown): CountByClass | undefined {
  if (!isObject(value)) return undefined;
  const total = readNumber(value.total);
  const byTieClass = readClassCounts(value.byTieClass);
  return total === undefined || byTieClass === undefined ? undefined : { total, byTieClass };
}

function readNetwork(value: unknown): NetworkFigures | undefined {
  if (!isObject(value)) return undefined;
  const tieMix = readClassCounts(value.tieMix);
  const tieMixShare = readClassCounts(value.tieMixShare);
  const numbers = {
    connections: readNumber(value.connections),
    dormantShare: readNumber(value.dormantShare),
    neverInteractedShare: readNumber(value.neverInteractedShare),
    companyEvenness: readNumber(value.companyEvenness),
    functionEvenness: readNumber(value.functionEvenness),
    relevantShare: readNumber(value.relevantShare),
  };
  const aboveTen =
    value.aboveTenMutualsShare === null ? null : readNumber(value.aboveTenMutualsShare);
  if (!tieMix || !tieMixShare || aboveTen === undefined) return undefined;
  const {
    connections,
    dormantShare,
    neverInteractedShare,
    companyEvenness,
    functionEvenness,
    relevantShare,
  } = numbers;
  if (
    connections === undefined ||
    dormantShare === undefined ||
    neverInteractedShare === undefined ||
    companyEvenness === undefined ||
    functionEvenness === undefined ||
    relevantShare === undefined
  ) {
    return undefined;
  }
  return {
    connections,
    tieMix,
    tieMixShare,
    dormantShare,
    neverInteractedShare,
    companyEvenness,
    functionEvenness,
    relevantShare,
    aboveTenMutualsShare: aboveTen,
  };
}

function readClassified(value: unknown): ClassifiedWeek | undefined {
  if (!isObject(value)) return undefined;
  const week = value.week;
  const conversations = readCountByClass(value.conversations);
  const asks = readCountByClass(value.asks);
  if (typeof week !== 'string' || !WEEK_LABEL.test(week) || !conversations || !asks) {
    return undefined;
  }
  return { week, conversations, asks };
}

export function parseSnapshotFigures(json: string): SnapshotFigures | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  const network = readNetwork(value.network);
  const list = value.classified;
  if (!network || !Array.isArray(list) || list.length > MAX_CLASSIFIED_WEEKS) return undefined;
  const classified: ClassifiedWeek[] = [];
  for (const item of list) {
    const week = readClassified(item);
    if (!week) return undefined;
    classified.push(week);
  }
  return { network, classified };
}
