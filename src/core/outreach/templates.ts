/**
 * Message templates for each situation of the method (issue 7, item 4; docs/product.md "The method
 * users follow"): invitations to peers and leaders and to executive recruiters, the two ready
 * replies to "are you hiring?", a reconnection note, a specific request for advice, a thank-you,
 * a circle-back with results, a nurture note, plus the welcome and follow-up the plan needs
 * between them. Placeholders in braces are filled from the person and the goals; anything left
 * unfilled stays visible, and the draft checks say so.
 */
export const SITUATIONS = [
  'invite-peer',
  'invite-recruiter',
  'hiring-reply-active',
  'hiring-reply-contemplating',
  'reconnect',
  'advice-request',
  'thank-you',
  'circle-back',
  'nurture',
  'welcome',
  'follow-up',
  'recruiter-note',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export const PLACEHOLDERS = [
  'firstName',
  'company',
  'title',
  'solution',
  'targetRole',
  'targetCompany',
  'commonGround',
  'help',
  'result',
  'lastContact',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

export interface Template {
  id: string;
  situation: Situation;
  text: string;
  builtIn: boolean;
}

export interface SituationRules {
  /** Invitation notes have the platform's note limit; messages the message limit. */
  channel: 'invitation-note' | 'message';
  /** The method: every outreach carries a specific ask, except thanks and nurture. */
  requiresAsk: boolean;
  description: string;
}

export const SITUATION_RULES: Readonly<Record<Situation, SituationRules>> = {
  'invite-peer': {
    channel: 'invitation-note',
    requiresAsk: true,
    description: 'invitation to a peer or leader in your industry (at or above your level)',
  },
  'invite-recruiter': {
    channel: 'invitation-note',
    requiresAsk: true,
    description: 'invitation to an executive recruiter in your sector',
  },
  'hiring-reply-active': {
    channel: 'message',
    requiresAsk: true,
    description: 'reply to "are you hiring?" when actively looking',
  },
  'hiring-reply-contemplating': {
    channel: 'message',
    requiresAsk: true,
    description: 'reply to "are you hiring?" when contemplating your next opportunity',
  },
  reconnect: {
    channel: 'message',
    requiresAsk: true,
    description: 'reconnection note to a former colleague or dormant tie',
  },
  'advice-request': {
    channel: 'message',
    requiresAsk: true,
    description: 'a specific request for advice (after doing your homework)',
  },
  'thank-you': { channel: 'message', requiresAsk: false, description: 'thank-you after help' },
  'circle-back': {
    channel: 'message',
    requiresAsk: false,
    description: 'circle back with what came of their advice',
  },
  nurture: { channel: 'message', requiresAsk: false, description: 'a nurture touch, no ask' },
  welcome: {
    channel: 'message',
    requiresAsk: true,
    description: 'first message after they accept your invitation',
  },
  'follow-up': {
    channel: 'message',
    requiresAsk: true,
    description: 'follow-up on an unanswered message',
  },
  'recruiter-note': {
    channel: 'message',
    requiresAsk: true,
    description: 'a note to a recruiter you are connected with',
  },
};

const BUILT_IN_TEXTS: Readonly<Record<Situation, string>> = {
  'invite-peer':
    'Hi {firstName}, I admire your work as {title} at {company}. {solution}. Would you be open to connecting?',
  'invite-recruiter':
    'Hi {firstName}, I see you recruit at {company}. I am exploring {targetRole} roles. {solution}. Would you be open to connecting?',
  'hiring-reply-active':
    "Thanks for asking, {firstName}! Yes, I'm actively exploring {targetRole} roles. {solution}. Do you know anyone at {company} or {targetCompany} I should speak with?",
  'hiring-reply-contemplating':
    "Thanks for asking, {firstName}! I'm not actively searching, but I am contemplating my next opportunity as {targetRole}. {solution}. If you hear of a team at {company} that needs this, would you keep me in mind?",
  reconnect:
    "Hi {firstName}, it's been a while since {commonGround}. My news: {solution}. How are things at {company}? Would you have 15 minutes for a catch-up call in the next two weeks?",
  'advice-request':
    "Hi {firstName}, I'm exploring {targetRole} roles, and your path to {title} at {company} is one I'd like to learn from. What would you focus on in the first 90 days there? A 15-minute call or a two-line reply would help a lot, and I'm glad to return the favour.",
  'thank-you':
    "Thank you, {firstName}, for {help}. It made a real difference, and I'll let you know how it turns out. If I can return the favour at {company}, just say.",
  'circle-back':
    'Hi {firstName}, a quick update since you helped me with {help}: {result}. Thank you again. Is there anything I can do for you or your team at {company}?',
  nurture:
    "Hi {firstName}, I thought of you and the team at {company} this week. I hope things are going well on your side; if there's anything I can do to help, just say.",
  welcome:
    'Thanks for connecting, {firstName}. {solution}. I would love to hear what your team at {company} is focused on these days: what is the biggest challenge on your plate?',
  'follow-up':
    'Hi {firstName}, following up on my note of {lastContact} in case it got buried. Would a 15-minute call next week work for you? Happy to fit around your time at {company}.',
  'recruiter-note':
    'Hi {firstName}, a short note to make placing me easy: I am exploring {targetRole} roles. {solution}. Are you working on searches like this at {company}? I can send a CV today.',
};

export const BUILT_IN_TEMPLATES: readonly Template[] = SITUATIONS.map((situation) => ({
  id: situation,
  situation,
  text: BUILT_IN_TEXTS[situation],
  builtIn: true,
}));

export function isSituation(value: unknown): value is Situation {
  return typeof value === 'string' && (SITUATIONS as readonly string[]).includes(value);
}

// Values come from other people's profiles: one line, bounded (design choice: 80 characters).
const MAX_VALUE = 80;

/** A value safe to put in a draft: one line, trimmed, no trailing full stop, bounded. */
export function cleanValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  // eslint-disable-next-line no-control-regex
  let text = value.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]+/g, ' ');
  text = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '');
  if (text === '') return undefined;
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

const PLACEHOLDER_PATTERN = /\{([A-Za-z]+)\}/g;

/** Fills every placeholder that has a value; unknown or empty ones stay as written. */
export function renderTemplate(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER_PATTERN, (whole, name: string) => {
    const value = (PLACEHOLDERS as readonly string[]).includes(name)
      ? cleanValue(values[name as Placeholder])
      : undefined;
    return value ?? whole;
  });
}

/** Placeholders a template uses, for validation and help. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1] ?? ''))];
}

/** Checks a user's template before it is stored: known placeholders, bounded size. */
export function validateTemplate(id: string, situation: string, text: string): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(id)) {
    problems.push('a template id is 1-40 lowercase letters, digits or dashes');
  }
  if (!isSituation(situation)) problems.push(`situation must be one of ${SITUATIONS.join(', ')}`);
  if (text.trim() === '') problems.push('the template text is empty');
  if (text.length > 4000) problems.push('a template is limited to 4,000 characters');
  const unknown = placeholdersIn(text).filter(
    (p) => !(PLACEHOLDERS as readonly string[]).includes(p),
  );
  if (unknown.length) {
    problems.push(
      `unknown placeholder${unknown.length === 1 ? '' : 's'} ${unknown.map((u) => `{${u}}`).join(', ')}; use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
    );
  }
  if (BUILT_IN_TEMPLATES.some((t) => t.id === id))
    problems.push(`"${id}" is a built-in template id`);
  return problems;
}
