/**
 * One concrete fact the user and a person share, for drafts a person would send (docs/product.md
 * "Five habits": personal, specific). Gathered from what the store holds: years at the same
 * employer, a meeting or group both are in, a mutual contact by name, an event the user went to
 * just before they connected, their recommendation or endorsement, the last conversation, and
 * at least their role. The strongest kind is chosen; each kind has several phrasings so a day's
 * drafts do not read alike. Pure.
 */
export type FactKind =
  | 'recommendation'
  | 'colleague'
  | 'event'
  | 'meeting'
  | 'group'
  | 'mutual'
  | 'endorsement'
  | 'conversation'
  | 'role'
  | 'connected';

export interface SharedFact {
  kind: FactKind;
  /** The words only this person would recognise: a company, an event, a name, a group. */
  detail: string;
  /** Phrasings of one clause, lowercase-initial unless a name starts it. */
  phrasings: readonly string[];
  /** What the fact is, for the plan's reason ("met at FinTech Builders Week 2024"). */
  label: string;
}

// Strongest first (design choice): a service they did, shared work, having met, shared
// company, then weaker traces.
const ORDER: readonly FactKind[] = [
  'recommendation',
  'colleague',
  'event',
  'meeting',
  'group',
  'mutual',
  'endorsement',
  'conversation',
  'role',
  'connected',
];

export function strongestFact(facts: readonly SharedFact[]): SharedFact | undefined {
  let best: SharedFact | undefined;
  for (const f of facts) {
    if (!best || ORDER.indexOf(f.kind) < ORDER.indexOf(best.kind)) best = f;
  }
  return best;
}

/** The fact in one of its phrasings, picked by the draft's turn so neighbours differ. */
export function phraseFact(fact: SharedFact, turn: number): string {
  const n = fact.phrasings.length;
  return fact.phrasings[((Math.floor(turn) % n) + n) % n] ?? fact.phrasings[0] ?? fact.detail;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "May 2025" from an ISO day or instant; undefined when unreadable. */
export function monthYear(at: string | undefined): string | undefined {
  const m = /^(\d{4})-(\d{2})/.exec(at ?? '');
  if (!m) return undefined;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${month} ${m[1]}` : undefined;
}

function yearOf(at: string | undefined): string | undefined {
  return /^(\d{4})/.exec(at ?? '')?.[1];
}

export function colleagueFact(
  company: string,
  startedOn: string,
  finishedOn: string,
  current: boolean,
): SharedFact {
  const from = yearOf(startedOn);
  const to = yearOf(finishedOn);
  const span = from && to ? (from === to ? `in ${from}` : `from ${from} to ${to}`) : undefined;
  if (current) {
    return {
      kind: 'colleague',
      detail: company,
      label: `colleague at ${company}`,
      phrasings: [
        `we both work at ${company}`,
        `as colleagues at ${company}, we share more than a company name`,
        `working at ${company} alongside you has been good`,
      ],
    };
  }
  return {
    kind: 'colleague',
    detail: company,
    label: `you were at ${company}${span ? ` ${span}` : ''}`,
    phrasings: [
      `we were both at ${company}${span ? `, where I worked ${span}` : ''}`,
      `my years at ${company}${span ? ` (${span.replace(/^from /, '').replace(' to ', '-')})` : ''} still come up when I think of good teams`,
      `${company} is where our paths crossed${span ? `: I was there ${span}` : ''}`,
    ],
  };
}

export function eventFact(event: string): SharedFact {
  return {
    kind: 'event',
    detail: event,
    label: `met at ${event}`,
    phrasings: [
      `we connected right after ${event}`,
      `${event} is where I think we met, since we connected days later`,
      `meeting people like you at ${event} was the best part of it`,
    ],
  };
}

/** A meeting both attend (a calendar series, a 1:1) by its title. */
export function meetingFact(title: string, lastAt: string, oneToOne: boolean): SharedFact {
  const when = monthYear(lastAt);
  const lower = title.toLowerCase();
  const kind = /coffee/.test(lower)
    ? 'coffee'
    : /mentor/.test(lower)
      ? 'mentoring sessions'
      : /catch.?up/.test(lower)
        ? 'catch-up'
        : /1:1|one.on.one/.test(lower)
          ? '1:1'
          : undefined;
  if (oneToOne) {
    const what = kind ?? `meeting ("${title}")`;
    return {
      kind: 'meeting',
      detail: when ?? title,
      label: `your ${what}${when ? ` in ${when}` : ''}`,
      phrasings: [
        `our ${what}${when ? ` in ${when}` : ''} stayed with me`,
        `since our ${what}${when ? ` in ${when}` : ''}, I have meant to write`,
        `I keep coming back to our ${what}${when ? ` of ${when}` : ''}`,
      ],
    };
  }
  return {
    kind: 'meeting',
    detail: title,
    label: `both in "${title}"`,
    phrasings: [
      `we both sit in the ${title}`,
      `seeing you at the ${title}${when ? ` (last in ${when})` : ''} made me want to write`,
      `the ${title} is where I know you from`,
    ],
  };
}

export function groupFact(name: string, channel: string): SharedFact {
  const where = channel === 'whatsapp' ? 'WhatsApp group' : 'group';
  return {
    kind: 'group',
    detail: name,
    label: `both in the ${where} "${name}"`,
    phrasings: [
      `we are both in the "${name}" ${where}`,
      `I know you from the "${name}" ${where}`,
      `we share the "${name}" ${where}`,
    ],
  };
}

export function mutualFact(name: string): SharedFact {
  return {
    kind: 'mutual',
    detail: name,
    label: `you both know ${name}`,
    phrasings: [
      `we both know ${name}`,
      `${name} is a connection we share`,
      `through ${name}, our circles already overlap`,
    ],
  };
}

export function recommendationFact(direction: 'received' | 'given'): SharedFact {
  return direction === 'received'
    ? {
        kind: 'recommendation',
        detail: 'recommendation',
        label: 'they recommended you',
        phrasings: [
          'your recommendation on my profile still means a lot to me',
          'I reread the recommendation you wrote for me recently',
          'the recommendation you wrote me is one I am proud of',
        ],
      }
    : {
        kind: 'recommendation',
        detail: 'recommendation',
        label: 'you recommended them',
        phrasings: [
          'writing your recommendation was easy: your work spoke for itself',
          'I meant every word of the recommendation I wrote for you',
          'the recommendation I wrote for you reminded me how well we worked',
        ],
      };
}

export function endorsementFact(skill: string): SharedFact {
  const what = skill.trim() ? `my ${skill.trim()} skills` : 'me';
  return {
    kind: 'endorsement',
    detail: skill.trim() || 'endorsing',
    label: `endorsed you${skill.trim() ? ` for ${skill.trim()}` : ''}`,
    phrasings: [
      `thank you again for endorsing ${what}`,
      `your endorsement of ${what} was a kind surprise`,
      `I noticed you vouched for ${what}, which I appreciated`,
    ],
  };
}

const CHANNEL_WORDS: Readonly<Record<string, string>> = {
  whatsapp: 'on WhatsApp',
  email: 'by email',
  linkedin: 'here',
  calendar: 'in a meeting',
};

export function conversationFact(lastAt: string, channel: string | undefined): SharedFact {
  const when = monthYear(lastAt) ?? yearOf(lastAt) ?? 'a while ago';
  const how = channel ? (CHANNEL_WORDS[channel] ?? '') : '';
  return {
    kind: 'conversation',
    detail: when,
    label: `last talked ${how ? `${how} ` : ''}in ${when}`,
    phrasings: [
      `we last talked${how ? ` ${how}` : ''} in ${when}`,
      `it has been quiet between us since ${when}`,
      `${when} was the last time we spoke${how ? ` ${how}` : ''}`,
    ],
  };
}

export function roleFact(
  title: string | undefined,
  company: string | undefined,
): SharedFact | undefined {
  if (!company && !title) return undefined;
  const role = title && company ? `${title} at ${company}` : (title ?? company ?? '');
  return {
    kind: 'role',
    detail: company ?? title ?? '',
    label: role,
    phrasings: [
      `your work as ${role} caught my eye`,
      company
        ? `what ${company} is doing${title ? ` and your part in it as ${title}` : ''} interests me`
        : `your path to ${role} interests me`,
      `I have followed ${company ?? 'your work'}${title && company ? `, where you are ${title},` : ''} for a while`,
      `seeing ${role} on your profile made me want to reach out`,
      `people speak well of the work you do as ${role}`,
      `your role as ${role} is close to problems I care about`,
    ],
  };
}

/** The least there is: the day the two connected. */
export function connectedFact(connectedOn: string | undefined): SharedFact | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(connectedOn ?? '');
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return undefined;
  const day = `${Number(m[3])} ${month}`;
  return {
    kind: 'connected',
    detail: day,
    label: `connected on ${day} ${m[1]}`,
    phrasings: [
      `we connected on ${day}`,
      `since we connected on ${day}, I have wanted to say hello properly`,
      `${day} is when we connected, and I am glad we did`,
    ],
  };
}
