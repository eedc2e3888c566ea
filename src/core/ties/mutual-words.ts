/**
 * How a count of mutual connections is worded (docs/science.md section 9): a recorded count is a
 * count; an estimate says "about N" and what it rests on; "at least" only ever names contacts seen
 * with the person in the user's own conversations, which are known.
 */
import type { MutualConnections } from './tie-features.js';

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** What an estimate rests on, in words ("31 colleagues at Acme in your network, ..."). */
export function mutualBasis(m: MutualConnections): string {
  const e = m.estimate;
  if (!e) return 'your data';
  const parts: string[] = [];
  if (e.observed > 0) {
    parts.push(`at least ${plural(e.observed, 'contact')} seen with them in your conversations`);
  }
  if (e.colleagues > 0 && e.employer !== '') {
    parts.push(`${plural(e.colleagues, 'other contact')} at ${e.employer} in your network`);
  } else if (e.employer !== '') {
    parts.push(`nobody else in your network at ${e.employer}`);
  }
  return parts.join(' and ');
}

/** The full phrase: "about 8 mutual connections (estimated from ...; likely 2 to 19)". */
export function describeMutuals(m: MutualConnections): string {
  const count = plural(m.count, 'mutual connection');
  if (m.source === 'recorded') return `${count} (the count you recorded from LinkedIn)`;
  if (m.source === 'imported') return `${count} (imported)`;
  const range =
    m.estimate && m.estimate.high > m.estimate.low
      ? `; likely ${m.estimate.low} to ${m.estimate.high}`
      : '';
  return `about ${count} (estimated from ${mutualBasis(m)}${range})`;
}

/** A few words for list cards: "about 8 mutual (estimated)", "12 mutual (recorded)". */
export function shortMutuals(m: MutualConnections): string {
  if (m.source === 'inferred') return `about ${m.count} mutual (estimated)`;
  return `${m.count} mutual (${m.source})`;
}
