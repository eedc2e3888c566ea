/**
 * The reciprocity ledger (issue 7, item 5; docs/product.md "Respect their time and reciprocate"):
 * what the user gave and received, per person, so the plan can offer before it asks again.
 * Granovetter (1973) names "the reciprocal services which characterize the tie" as part of its
 * strength.
 */
import type { OutreachEvent } from './outreach-events.js';

export interface LedgerLine {
  personId: string;
  given: { at: string; note?: string }[];
  received: { at: string; note?: string }[];
  /** Received minus given: above zero, the user owes a favour. */
  balance: number;
}

export function buildLedger(events: readonly OutreachEvent[]): LedgerLine[] {
  const lines = new Map<string, LedgerLine>();
  const line = (personId: string) => {
    let l = lines.get(personId);
    if (!l) {
      l = { personId, given: [], received: [], balance: 0 };
      lines.set(personId, l);
    }
    return l;
  };
  const sorted = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const e of sorted) {
    const entry = { at: e.at, ...(e.note ? { note: e.note } : {}) };
    if (e.kind === 'help-given') {
      const l = line(e.personId);
      l.given.push(entry);
      l.balance -= 1;
    } else if (e.kind === 'help-received') {
      const l = line(e.personId);
      l.received.push(entry);
      l.balance += 1;
    }
  }
  return [...lines.values()].sort(
    (a, b) => b.balance - a.balance || (a.personId < b.personId ? -1 : 1),
  );
}
