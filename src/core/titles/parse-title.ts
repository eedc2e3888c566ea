/**
 * Job titles as people write them ("Sr. Software Eng.", "Founder & CEO | Angel Investor",
 * "Directora de Ventas", "Vertriebsleiter") to a function, a seniority level and recruiter flags.
 * Titles are untrusted text from other people: the input is bounded and nothing here throws.
 */
import type { Seniority } from './seniority.js';
import { SENIORITY_RANK } from './seniority.js';
import type { TitleFunction, TitleSignal } from './title-vocabulary.js';
import {
  GERMAN_PREFIXES,
  GERMAN_SUFFIXES,
  MAX_PHRASE_TOKENS,
  NOT_PARTNER_BEFORE,
  PAST_MARKERS,
  STAFF_ROLES,
  STEP_DOWN,
  STOP_WORDS,
  TITLE_VOCABULARY,
  WISH_MARKERS,
} from './title-vocabulary.js';

export type { TitleFunction } from './title-vocabulary.js';

export interface TitleInfo {
  function: TitleFunction;
  seniority: Seniority;
  /** SENIORITY_RANK of the level; undefined when the title says nothing about level. */
  seniorityRank: number | undefined;
  isRecruiter: boolean;
  /** Executive search, headhunters: the recruiters docs/product.md says to invite in your sector. */
  isExecutiveRecruiter: boolean;
}

const UNKNOWN_TITLE: TitleInfo = {
  function: 'other',
  seniority: 'unknown',
  seniorityRank: undefined,
  isRecruiter: false,
  isExecutiveRecruiter: false,
};

// Real titles and headlines fit in LinkedIn's 220-character headline; anything longer is cut.
const MAX_TITLE_LENGTH = 300;
const MARKS = /\p{M}/gu;
const DOTTED_ACRONYM = /\b([a-z])\.([a-z])\.(?:([a-z])\b\.?)?/g;
// Segments: "CEO | Investor", "Director, Product", "Engineer - Payments", "Founder · Advisor".
const SEGMENT_SEPARATOR = /[|•·;,()[\]]|\s[-–—]\s|[–—]/;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const ROMAN_LEVEL: Readonly<Record<string, Seniority>> = {
  i: 'entry',
  ii: 'individual',
  iii: 'senior',
  iv: 'lead',
  v: 'lead',
};

interface Reading {
  fn: TitleFunction | undefined;
  fnStrength: number;
  isExecutiveRecruiter: boolean;
}

/** Reads one title; empty or unreadable titles give function `other` and level `unknown`. */
export function parseTitle(title: string | undefined): TitleInfo {
  if (title === undefined) return UNKNOWN_TITLE;
  const text = title
    .slice(0, MAX_TITLE_LENGTH)
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(DOTTED_ACRONYM, '$1$2$3')
    .replace(/@/g, ' at ')
    .replace(/&/g, ' and ');

  const reading: Reading = { fn: undefined, fnStrength: -1, isExecutiveRecruiter: false };
  let best: Seniority | undefined;
  // A current role with a function but no level word is an individual contributor.
  let hasCurrentRole = false;
  for (const segment of text.split(SEGMENT_SEPARATOR)) {
    const tokens = segment.replace(NON_WORD, ' ').trim().split(' ');
    const first = tokens[0] ?? '';
    if (first === '' || PAST_MARKERS.has(first)) continue;
    const strengthBefore = reading.fnStrength;
    const level = readSegment(tokens, reading);
    if (WISH_MARKERS.has(first)) continue;
    if (level !== undefined) best = higher(best, level);
    if (reading.fnStrength !== strengthBefore) hasCurrentRole = true;
  }

  const fn = reading.fn ?? 'other';
  const seniority: Seniority = best ?? (hasCurrentRole ? 'individual' : 'unknown');
  const isRecruiter = fn === 'recruiting';
  return {
    function: fn,
    seniority,
    seniorityRank: SENIORITY_RANK[seniority],
    isRecruiter,
    isExecutiveRecruiter: isRecruiter && reading.isExecutiveRecruiter,
  };
}

/** Reads one segment's tokens; returns its level and records function evidence in `reading`. */
function readSegment(tokens: readonly string[], reading: Reading): Seniority | undefined {
  let level: Seniority | undefined;
  let trainee: Seniority | undefined;
  // "Associate", "Assistant", "Deputy": waiting for the level word they lower.
  let pendingStepDown: TitleSignal | undefined;

  const takeLevel = (found: Seniority): void => {
    let next = found;
    if (pendingStepDown) {
      const lowered = STEP_DOWN[found];
      next = lowered ?? pendingStepDown.seniority ?? found;
      pendingStepDown = undefined;
    }
    if (next === 'intern' || next === 'student') trainee = next;
    else level = higher(level, next);
  };

  const apply = (signal: TitleSignal, key: string, at: number, width: number): void => {
    if (signal.fn !== undefined && (signal.strength ?? 0) > reading.fnStrength) {
      reading.fn = signal.fn;
      reading.fnStrength = signal.strength ?? 0;
    }
    if (signal.isExecutiveRecruiter) reading.isExecutiveRecruiter = true;
    if (signal.stepsDown) {
      pendingStepDown = signal;
      return;
    }
    if (signal.seniority === undefined) return;
    if (key === 'partner') {
      const before = tokens[at - 1] ?? '';
      const after = tokens[at + width] ?? '';
      if (NOT_PARTNER_BEFORE.has(before) || after === 'manager') return;
    }
    takeLevel(signal.seniority);
  };

  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] ?? '';
    // "Software Engineer at Acme", "Assistant to the CEO", "Engineer (ex Google)".
    if (STOP_WORDS.has(token) || (i > 0 && PAST_MARKERS.has(token))) break;
    let width = 0;
    for (let n = Math.min(MAX_PHRASE_TOKENS, tokens.length - i); n >= 1; n -= 1) {
      const key = n === 1 ? token : tokens.slice(i, i + n).join(' ');
      const signal = TITLE_VOCABULARY.get(key);
      if (signal) {
        apply(signal, key, i, n);
        width = n;
        break;
      }
    }
    if (width === 0) {
      readUnknownToken(tokens, i, apply);
      width = 1;
    }
    i += width;
  }
  if (pendingStepDown?.seniority !== undefined) takeLevel(pendingStepDown.seniority);
  return trainee ?? level;
}

type Apply = (signal: TitleSignal, key: string, at: number, width: number) => void;

function readUnknownToken(tokens: readonly string[], i: number, apply: Apply): void {
  const token = tokens[i] ?? '';
  if (token === 'staff' && STAFF_ROLES.has(tokens[i + 1] ?? '')) {
    apply({ seniority: 'lead' }, token, i, 1);
    return;
  }
  const roman = ROMAN_LEVEL[token];
  if (roman !== undefined && i > 0 && i === tokens.length - 1) {
    apply({ seniority: roman }, token, i, 1);
    return;
  }
  if (token.length < 7) return;
  for (const [suffix, suffixSignal] of GERMAN_SUFFIXES) {
    if (!token.endsWith(suffix)) continue;
    const prefix = token.slice(0, -suffix.length);
    const prefixSignal = GERMAN_PREFIXES.find(([start]) => prefix.startsWith(start))?.[1];
    apply(prefixSignal ? mergeCompound(suffixSignal, prefixSignal) : suffixSignal, token, i, 1);
    return;
  }
}

/** "Bereichsleiter": the beginning sets the level; the stronger function evidence wins. */
function mergeCompound(suffix: TitleSignal, prefix: TitleSignal): TitleSignal {
  const fromPrefix = (prefix.strength ?? -1) > (suffix.strength ?? -1);
  const fnSource = fromPrefix ? prefix : suffix;
  const merged: TitleSignal = { seniority: prefix.seniority ?? suffix.seniority };
  if (fnSource.fn !== undefined) {
    merged.fn = fnSource.fn;
    merged.strength = fnSource.strength ?? 0;
  }
  return merged;
}

function higher(a: Seniority | undefined, b: Seniority): Seniority {
  if (a === undefined) return b;
  const ra = SENIORITY_RANK[a] ?? -1;
  const rb = SENIORITY_RANK[b] ?? -1;
  // "Founder & CEO" and "CEO & Founder" are both founders: the more telling label wins a tie.
  if (rb > ra || (rb === ra && b === 'founder')) return b;
  return a;
}
