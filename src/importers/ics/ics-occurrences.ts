/**
 * The occurrences of one event (RFC 5545 section 3.8.5; docs/formats.md section 7: "Expand RRULE to
 * count meetings"): DTSTART, then the RRULE's (expanded by ical.js, in the event's wall-clock
 * time so a weekly 11:00 stays at 11:00 across daylight saving), plus RDATEs, minus EXDATEs,
 * minus instances that an override VEVENT (same UID, RECURRENCE-ID) replaces.
 *
 * Bounded, because a file is untrusted and a rule can be endless:
 * - nothing after the cut-off (the export date, `now`) nor after UNTIL is counted;
 * - at most MAX_OCCURRENCES_PER_SERIES are kept: with a cut-off the most recent ones, because
 *   recent meetings say most about a tie today (the older ones are counted as dropped);
 *   without one the first ones;
 * - at most MAX_STEP_UNITS_PER_SERIES of work per series and MAX_STEP_UNITS_PER_FILE per file,
 *   counted in step units weighted by what a step of the rule costs in ical.js.
 */
import ICAL from 'ical.js';
import { isExpandableRule, ruleSyntaxProblem, isOnRule, stepCost } from './ics-recurrence-rule.js';
import { momentSortMs, type LocalTime, type Moment } from './ics-time.js';

/** Design choice (issue 6): about ten years of a weekly meeting. */
export const MAX_OCCURRENCES_PER_SERIES = 500;
/**
 * Work allowed per series, in step units (ics-recurrence-rule.ts, stepCost; a plain step is
 * about 10 µs). Design choice: a daily meeting for 50 years, or 11 years of Outlook's "last
 * weekday of the month".
 */
export const MAX_STEP_UNITS_PER_SERIES = 20_000;
/** Design choice: the work one file can cause, a few seconds of expansion at most. */
export const MAX_STEP_UNITS_PER_FILE = 400_000;

/** Steps in a row yielding days off the rule before giving up (design choice: ~4 years daily). */
const MAX_MISSES = 1500;

/** The last year an iCalendar date can name (four digits). */
const MAX_YEAR = 9999;

export interface SeriesInput {
  start: Moment;
  /** The RRULE value as written. */
  rrule?: string;
  rdates: readonly Moment[];
  exdates: readonly Moment[];
  /** The RECURRENCE-IDs of override VEVENTs: the instances they replace. */
  overridden: readonly Moment[];
  /** Nothing after this instant counts (milliseconds); undefined for no cut-off. */
  cutoffMs?: number;
}

export interface Expansion {
  /** Oldest first. */
  occurrences: Moment[];
  /** Occurrences before the cut-off left out by the per-series cap. */
  droppedOverCap: number;
  /** Why the RRULE was not expanded, when it was not. */
  ruleProblem?: string;
  /** The step limit stopped the expansion early. */
  isTruncated: boolean;
}

/** Steps left for the whole file; shared by every series of it. */
export interface StepBudget {
  left: number;
}

function moment(local: LocalTime, like: Moment): Moment {
  const made: Moment = { local, isUtc: like.isUtc };
  if (like.zone) made.zone = like.zone;
  return made;
}

function fromIcalTime(time: ICAL.Time, like: Moment): Moment {
  return moment(
    {
      year: time.year,
      month: time.month,
      day: time.day,
      hour: time.hour,
      minute: time.minute,
      second: time.second,
      isDate: like.local.isDate,
    },
    like,
  );
}

const dayKey = (local: LocalTime): string => `${local.year}-${local.month}-${local.day}`;

/** UNTIL as a sort key: a DATE means the whole day, in the event's own zone. */
function untilMs(until: ICAL.Time, start: Moment): number {
  const isUtc = until.zone === ICAL.Timezone.utcTimezone || until.toString().endsWith('Z');
  const local: LocalTime = {
    year: until.year,
    month: until.month,
    day: until.day,
    hour: until.isDate ? 23 : until.hour,
    minute: until.isDate ? 59 : until.minute,
    second: until.isDate ? 59 : until.second,
    isDate: false,
  };
  const bound: Moment = { local, isUtc };
  if (!isUtc && start.zone) bound.zone = start.zone;
  return momentSortMs(bound);
}

/** Keeps the most recent `limit` items pushed, counting the ones it lets go. */
class RecentWindow {
  readonly items: Moment[] = [];
  dropped = 0;

  constructor(private readonly limit: number) {}

  push(item: Moment): void {
    this.items.push(item);
    if (this.items.length > this.limit) {
      this.items.shift();
      this.dropped += 1;
    }
  }
}

export function expandOccurrences(input: SeriesInput, budget: StepBudget): Expansion {
  const { start, cutoffMs } = input;
  const excluded = new Set(
    input.exdates.filter((exdate) => !exdate.local.isDate).map(momentSortMs),
  );
  const excludedDays = new Set(
    input.exdates.filter((exdate) => exdate.local.isDate).map((exdate) => dayKey(exdate.local)),
  );
  const overriddenKeys = new Set(input.overridden.map(momentSortMs));
  // An all-day series is replaced by day: Outlook writes the RECURRENCE-ID of an all-day
  // instance as midnight in a zone (`;TZID=W. Europe Standard Time:20240410T000000`), which is
  // not the same instant as the floating day, but is the same day (RFC 5545 section 3.8.4.4).
  const overriddenDays = new Set(
    start.local.isDate ? input.overridden.map((moment) => dayKey(moment.local)) : [],
  );
  const isKept = (occurrence: Moment, key: number): boolean =>
    !excluded.has(key) &&
    !excludedDays.has(dayKey(occurrence.local)) &&
    !overriddenKeys.has(key) &&
    !overriddenDays.has(dayKey(occurrence.local));
  const isAfterCutoff = (key: number): boolean => cutoffMs !== undefined && key > cutoffMs;

  const window = new RecentWindow(MAX_OCCURRENCES_PER_SERIES);
  const seen = new Set<number>();
  const take = (occurrence: Moment, key: number): void => {
    if (seen.has(key)) return;
    seen.add(key);
    if (isKept(occurrence, key)) window.push(occurrence);
  };
  let ruleProblem: string | undefined;
  let isTruncated = false;
  let rule: ICAL.Recur | undefined;
  const syntaxProblem = input.rrule === undefined ? undefined : ruleSyntaxProblem(input.rrule);
  if (syntaxProblem !== undefined) ruleProblem = syntaxProblem;
  else if (input.rrule !== undefined) {
    try {
      const check = isExpandableRule(ICAL.Recur.fromString(input.rrule.trim()));
      if (check.ok) rule = check.rule;
      else ruleProblem = check.reason;
    } catch (error) {
      // ical.js throws on a rule it cannot parse (an unknown FREQ, a bad UNTIL).
      ruleProblem = `ical.js cannot read it (${error instanceof Error ? error.message.slice(0, 80) : 'unknown error'})`;
    }
  }
  if (rule && budget.left <= 0) {
    ruleProblem = 'the file has used up its expansion budget';
    rule = undefined;
  }
  // DTSTART is always the first instance (RFC 5545 section 3.8.5.3), whatever the rule says.
  const startKey = momentSortMs(start);
  if (!isAfterCutoff(startKey)) take(start, startKey);
  if (rule) {
    const last = rule.until ? untilMs(rule.until, start) : undefined;
    const cost = stepCost(rule);
    const iterable = rule.clone();
    // UNTIL is compared here, in the right zone; ical.js would compare floating with UTC.
    iterable.until = null;
    const first = ICAL.Time.fromData({
      year: start.local.year,
      month: start.local.month,
      day: start.local.day,
      hour: start.local.hour,
      minute: start.local.minute,
      second: start.local.second,
      isDate: start.local.isDate,
    });
    let misses = 0;
    try {
      const iterator = iterable.iterator(first);
      for (let spent = 0; ; spent += cost) {
        if (spent >= MAX_STEP_UNITS_PER_SERIES || budget.left <= 0) {
          isTruncated = true;
          break;
        }
        budget.left -= cost;
        const next: ICAL.Time | null = iterator.next();
        // A huge INTERVAL jumps past any date a file can write (RFC 5545 years have 4 digits).
        if (!next || next.year > MAX_YEAR) break;
        const occurrence = fromIcalTime(next, start);
        const key = momentSortMs(occurrence);
        if ((last !== undefined && key > last) || isAfterCutoff(key)) break;
        if (isOnRule(rule, next.year, next.month, next.day)) {
          take(occurrence, key);
          misses = 0;
        } else if (++misses > MAX_MISSES) {
          ruleProblem = 'ical.js yields days the rule does not allow';
          break;
        }
        // Without a cut-off an endless rule would fill the window with the far future.
        if (cutoffMs === undefined && window.items.length >= MAX_OCCURRENCES_PER_SERIES) break;
      }
    } catch (error) {
      // ical.js throws on some rules it cannot step through ("Same occurrence found twice");
      // what was found so far is kept.
      ruleProblem = `ical.js stopped expanding it (${error instanceof Error ? error.message.slice(0, 80) : 'unknown error'})`;
    }
  }
  const unique = new Map<number, Moment>();
  for (const occurrence of window.items) unique.set(momentSortMs(occurrence), occurrence);
  for (const rdate of input.rdates) {
    const key = momentSortMs(rdate);
    if (!isAfterCutoff(key) && isKept(rdate, key)) unique.set(key, rdate);
  }
  const sorted = [...unique.entries()].sort((a, b) => a[0] - b[0]).map(([, value]) => value);
  const kept =
    cutoffMs === undefined
      ? sorted.slice(0, MAX_OCCURRENCES_PER_SERIES)
      : sorted.slice(-MAX_OCCURRENCES_PER_SERIES);
  const expansion: Expansion = {
    occurrences: kept,
    droppedOverCap: window.dropped + (sorted.length - kept.length),
    isTruncated,
  };
  if (ruleProblem !== undefined) expansion.ruleProblem = ruleProblem;
  return expansion;
}
