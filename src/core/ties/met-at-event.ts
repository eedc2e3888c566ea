/**
 * The event a contact was probably met at: the user attended it (Events.csv, status ATTENDING)
 * and the two connected within a week after it began. "Met at a conference" is the networking
 * method's own example of a moderately weak tie (docs/product.md "Meet people at events and communities"), so
 * the tie model labels such a tie moderately weak and the drafts name the event.
 */

/** Design choice: people connected within a week after an event the user went to met there. */
export const MET_AT_EVENT_DAYS = 7;

export interface AttendedEvent {
  name: string;
  /** ISO 8601 or `YYYY-MM-DD`. */
  startsAt: string;
  status: string;
}

const DAY_MS = 86_400_000;

/** The latest event that began at most MET_AT_EVENT_DAYS before the connection day. */
export function metAtEvent<E extends AttendedEvent>(
  connectedOn: string | null | undefined,
  events: readonly E[],
): E | undefined {
  if (!connectedOn || !/^\d{4}-\d{2}-\d{2}/.test(connectedOn)) return undefined;
  const day = Date.parse(`${connectedOn.slice(0, 10)}T00:00:00Z`);
  let best: E | undefined;
  for (const e of events) {
    if (e.status.toUpperCase() !== 'ATTENDING') continue;
    const start = Date.parse(`${e.startsAt.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(start)) continue;
    const days = (day - start) / DAY_MS;
    if (days >= 0 && days <= MET_AT_EVENT_DAYS) best = e;
  }
  return best;
}
