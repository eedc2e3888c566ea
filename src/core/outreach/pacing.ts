/**
 * Pacing within the platform's rules (issue 7, item 2; docs/science.md section 6). Every number is a
 * setting with its default and its source, since the platform changes them. The planner asks
 * `invitationAllowance` how many invitations a day may carry and which limit decided it.
 */
export type AccountType = 'free' | 'premium';

export interface PacingDefault {
  value: number;
  label: string;
  source: string;
}

/** The one settings object: defaults with their sources. */
export const PACING_DEFAULTS = {
  weeklyInvitations: {
    value: 100,
    label: 'invitations in any 7 days',
    source: 'LinkedIn, as reported: about 100 a week (100-200 by account standing)',
  },
  rampStartPerDay: {
    value: 5,
    label: 'invitations a day in the first week',
    source: 'networking guides ("Grow with a target"): start with 5 a day',
  },
  rampStepPerWeek: {
    value: 5,
    label: 'more invitations a day each following week',
    source: 'design choice: +5 a day each week until the weekly cap binds',
  },
  freeNotesPerMonth: {
    value: 5,
    label: 'personalised invitation notes a calendar month (free account)',
    source: 'LinkedIn Help: 5 a month on free accounts',
  },
  freeNoteLength: {
    value: 200,
    label: 'characters in an invitation note (free account)',
    source: 'LinkedIn, as reported: 200 characters on free accounts',
  },
  premiumNoteLength: {
    value: 300,
    label: 'characters in an invitation note (Premium)',
    source: 'LinkedIn, as reported: 300 characters with Premium',
  },
  messageLength: {
    value: 1900,
    label: 'characters in a message',
    source: 'LinkedIn, as reported: InMail body 1,900 characters; used for every message',
  },
  connectionCap: {
    value: 30_000,
    label: 'first-degree connections',
    source: 'LinkedIn Help: 30,000 first-degree connections',
  },
  reinviteBlockDays: {
    value: 21,
    label: 'days before re-inviting someone whose invitation was withdrawn',
    source: 'LinkedIn Help: re-inviting is blocked for up to 3 weeks',
  },
  pendingInvitationLimit: {
    value: 500,
    label: 'pending invitations at once',
    source:
      'design choice: the platform limits pending invitations but publishes no number; 500 keeps well clear',
  },
  dailyMinutes: {
    value: 20,
    label: 'minutes a day for the plan',
    source: 'design choice: a habit that fits a working day',
  },
} as const satisfies Record<string, PacingDefault>;

export type PacingKey = keyof typeof PACING_DEFAULTS;

export type PacingSettings = { [K in PacingKey]: number } & { accountType: AccountType };

export function defaultPacing(accountType: AccountType = 'free'): PacingSettings {
  const values = Object.fromEntries(
    Object.entries(PACING_DEFAULTS).map(([k, d]) => [k, d.value]),
  ) as { [K in PacingKey]: number };
  return { ...values, accountType };
}

export function isPacingKey(key: string): key is PacingKey {
  return Object.hasOwn(PACING_DEFAULTS, key);
}

/** Overrides as the user types them: whole numbers from 0 to 1,000,000; bad ones are reported. */
export function resolvePacing(
  accountType: AccountType,
  overrides: Readonly<Record<string, unknown>>,
): { settings: PacingSettings; issues: string[] } {
  const settings = defaultPacing(accountType);
  const issues: string[] = [];
  for (const [key, raw] of Object.entries(overrides)) {
    if (!isPacingKey(key)) {
      issues.push(`unknown pacing setting "${key}"`);
      continue;
    }
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0 || raw > 1_000_000) {
      issues.push(`${key} must be a whole number from 0 to 1,000,000`);
      continue;
    }
    settings[key] = raw;
  }
  return { settings, issues };
}

/** Note length for the account type (docs/science.md section 6). */
export function noteLength(settings: PacingSettings): number {
  return settings.accountType === 'premium' ? settings.premiumNoteLength : settings.freeNoteLength;
}

/** Premium has no note quota (docs/science.md section 6); undefined means unlimited. */
export function notesPerMonth(settings: PacingSettings): number | undefined {
  return settings.accountType === 'premium' ? undefined : settings.freeNotesPerMonth;
}

export type LimitName =
  | 'ramp'
  | 'weekly-cap'
  | 'pending-limit'
  | 'connection-cap'
  | 'note-quota'
  | 'reinvite-block'
  | 'daily-minutes';

export interface LimitState {
  name: LimitName;
  /** The rule's value, e.g. 100 a week. */
  value: number;
  used: number;
  remaining: number;
  description: string;
}

/** What the planner knows about invitations already sent (imported or marked done). */
export interface InvitationHistory {
  /** `YYYY-MM-DD` days of invitations sent, one entry per invitation. */
  sentDays: readonly string[];
  /** `YYYY-MM-DD` days of invitations sent with a personal note. */
  noteDays: readonly string[];
  pending: number;
  connections: number;
  /** The first day weakties planned an invitation: the ramp counts weeks from it. */
  rampStartedOn?: string;
}

const DAY_MS = 86_400_000;

export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The ramp (design choice on docs/product.md's "start with 5 a day"): 5, 10, 15 ... a day by week. */
export function rampPerDay(settings: PacingSettings, day: string, rampStartedOn?: string): number {
  const weeks =
    rampStartedOn === undefined
      ? 0
      : Math.max(0, Math.floor((dayNumber(day) - dayNumber(rampStartedOn)) / 7));
  return settings.rampStartPerDay + settings.rampStepPerWeek * weeks;
}

/**
 * How many invitations `day` may carry, the note quota left, and every limit's state. The weekly
 * cap is a rolling 7 days (the day and the 6 before it), a design choice that can never exceed
 * the platform's weekly figure whichever week it counts.
 */
export function invitationAllowance(
  settings: PacingSettings,
  history: InvitationHistory,
  day: string,
): { invitations: number; notes: number | undefined; limits: LimitState[]; shapedBy: LimitName[] } {
  const today = dayNumber(day);
  const sentToday = history.sentDays.filter((d) => d === day).length;
  const lastWeek = history.sentDays.filter((d) => {
    const n = dayNumber(d);
    return n <= today && n > today - 7;
  }).length;
  const ramp = rampPerDay(settings, day, history.rampStartedOn);
  const month = day.slice(0, 7);
  const notesUsed = history.noteDays.filter((d) => d.slice(0, 7) === month).length;
  const quota = notesPerMonth(settings);

  const limits: LimitState[] = [
    {
      name: 'ramp',
      value: ramp,
      used: sentToday,
      remaining: Math.max(0, ramp - sentToday),
      description: `${ramp} invitations a day this week (${PACING_DEFAULTS.rampStartPerDay.source}; ${PACING_DEFAULTS.rampStepPerWeek.source})`,
    },
    {
      name: 'weekly-cap',
      value: settings.weeklyInvitations,
      used: lastWeek,
      remaining: Math.max(0, settings.weeklyInvitations - lastWeek),
      description: `${settings.weeklyInvitations} ${PACING_DEFAULTS.weeklyInvitations.label} (${PACING_DEFAULTS.weeklyInvitations.source})`,
    },
    {
      name: 'pending-limit',
      value: settings.pendingInvitationLimit,
      used: history.pending,
      remaining: Math.max(0, settings.pendingInvitationLimit - history.pending),
      description: `${settings.pendingInvitationLimit} ${PACING_DEFAULTS.pendingInvitationLimit.label} (${PACING_DEFAULTS.pendingInvitationLimit.source})`,
    },
    {
      name: 'connection-cap',
      value: settings.connectionCap,
      used: history.connections + history.pending,
      remaining: Math.max(0, settings.connectionCap - history.connections - history.pending),
      description: `${settings.connectionCap.toLocaleString('en-US')} ${PACING_DEFAULTS.connectionCap.label}, pending invitations included (${PACING_DEFAULTS.connectionCap.source})`,
    },
  ];
  if (quota !== undefined) {
    limits.push({
      name: 'note-quota',
      value: quota,
      used: notesUsed,
      remaining: Math.max(0, quota - notesUsed),
      description: `${quota} ${PACING_DEFAULTS.freeNotesPerMonth.label} (${PACING_DEFAULTS.freeNotesPerMonth.source})`,
    });
  }
  const countLimits = limits.filter((l) => l.name !== 'note-quota');
  const invitations = Math.min(...countLimits.map((l) => l.remaining));
  const shapedBy = countLimits.filter((l) => l.remaining === invitations).map((l) => l.name);
  return {
    invitations,
    notes: quota === undefined ? undefined : Math.max(0, quota - notesUsed),
    limits,
    shapedBy,
  };
}

/** The day a withdrawn invitation may be sent again (docs/science.md section 6: up to 3 weeks). */
export function reinviteAllowedFrom(settings: PacingSettings, withdrawnAt: string): string {
  return addDays(withdrawnAt.slice(0, 10), settings.reinviteBlockDays);
}
