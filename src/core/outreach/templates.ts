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
  'fact',
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

// Each situation has several wordings; the planner takes the least used, so a day's drafts do not
// read alike. {fact} is one concrete thing the user and the person share (shared-facts.ts),
// {solution} the user's solution as a whole sentence, and each draft asks one specific thing.
const BUILT_IN_TEXTS: Readonly<Record<Situation, readonly string[]>> = {
  'invite-peer': [
    'Hi {firstName}, {fact}. {solution}. Would you be open to connecting?',
    'Hello {firstName}: {fact}. {solution}. May I join your network?',
    '{firstName}, {fact}. {solution}. Happy to connect?',
    'Hi {firstName}! {fact}. {solution}. Shall we link up here?',
    'Dear {firstName}, {fact}. {solution}. Could we keep in touch?',
    'Hey {firstName}, {fact}. {solution}. OK if I add you?',
  ],
  'invite-recruiter': [
    'Hi {firstName}, {fact}. {solution}. Do you place {targetRole} roles?',
    'Hello {firstName}: {fact}. {solution}. Could we connect for {targetRole} searches?',
    '{firstName}, {fact}. {solution}. Are you hiring for {targetRole} roles?',
  ],
  'hiring-reply-active': [
    "Not right now, I'm not. However, I am actively looking for my next opportunity as {targetRole}, {firstName}. {solution}. Do you know anyone at {company} or {targetCompany} I should speak with?",
    "Not right now, I'm not. However, I am actively looking for my next opportunity as {targetRole}, {firstName}. {solution}. Do you know anyone at {targetCompany} I should speak with?",
  ],
  'hiring-reply-contemplating': [
    "Not right now, I'm not. However, I am contemplating my next opportunity as {targetRole}, {firstName}. {solution}. If you hear of a team at {company} that needs this, would you keep me in mind?",
    "Not right now, I'm not. However, I am contemplating my next opportunity as {targetRole}, {firstName}. {solution}. If you hear of a team that needs this, would you keep me in mind?",
  ],
  reconnect: [
    'Hi {firstName}, {fact}. My news: {solution}. How are things at {company}? Would you have 15 minutes for a catch-up call in the next two weeks?',
    'Hello {firstName}, {fact}, and I have wondered how you are. As for me, {solution}. Could we find half an hour soon to trade updates?',
    '{firstName}! {fact}. A quick update from my side: {solution}. What has changed for you at {company} since then?',
    'Hi {firstName}, {fact}. Life moved on for both of us, I imagine: {solution}. Any chance of a coffee or a call this month?',
    'Dear {firstName}, {fact}. I would love to hear your news. Mine, briefly: {solution}. Are you free for a short call one evening next week?',
    'Hey {firstName}, {fact}. I am reaching out because {solution}. Would you tell me what you are working on these days?',
    'Hi {firstName}, {fact}. So much has happened since; the short version is that {solution}. How have the last months been for you?',
  ],
  'advice-request': [
    "Hi {firstName}, {fact}. {solution}. Your path to {title} at {company} is one I'd like to learn from: what would you focus on in the first 90 days there? A 15-minute call or a two-line reply would help a lot, and I'm glad to return the favour.",
    'Hello {firstName}, {fact}. {solution}. One question, if I may: what does {company} look for when it hires someone at my level? Happy to share anything useful from my side.',
    '{firstName}, {fact}. {solution}. Which skill made the biggest difference on your way to {title}? Even two lines would help me.',
    'Hi {firstName}, {fact}. {solution}. If you were me, which team at {company} would you approach first, and why? I can return the favour with an introduction in my circle.',
    'Dear {firstName}, {fact}. {solution}. Could you spare 15 minutes to tell me what surprised you most after joining {company}?',
    'Hey {firstName}, {fact}. {solution}. What is the one thing you wish candidates knew before interviewing at {company}?',
    'Hi {firstName}, {fact}. {solution}. Looking back on your own moves, what single step opened the most doors? Two lines would already help.',
  ],
  'thank-you': [
    "Thank you, {firstName}, for {help}. It made a real difference, and I'll let you know how it turns out. If I can return the favour at {company}, just say.",
    'Many thanks for {help}, {firstName}. I am acting on it this week and will report back. Anything I can do for you in return?',
    '{firstName}, I am grateful for {help}. It moved things forward for me. Tell me if there is someone I can introduce you to.',
  ],
  'circle-back': [
    'Hi {firstName}, a quick update since you helped me with {help}: {result}. Thank you again. Is there anything I can do for you or your team at {company}?',
    '{firstName}, here is what came of {help}: {result}. You made this possible. How can I help you in turn?',
    'Hello {firstName}, closing the loop on {help}: {result}. I owe you one; what are you working on that I could support?',
  ],
  nurture: [
    "Hi {firstName}, I thought of you and the team at {company} this week: {fact}. I hope things are going well on your side; if there's anything I can do to help, just say.",
    '{firstName}, {fact}, and it came to mind today. Hoping all is well at {company}. Shout if I can help with anything.',
    'Hello {firstName}, a short hello from my side. {fact}, and news about {company} made me think of you. Wishing you a good month.',
    'Hi {firstName}, just a quick hello: {fact}, and I hope the year is treating you well. Anything I can help with?',
    'Hey {firstName}, no agenda: {fact}, and I wanted to say hi. Let me know if I can return any favour.',
  ],
  welcome: [
    'Thanks for connecting, {firstName}. {fact}. {solution}. What is your team at {company} working on this quarter, and where is it stretched?',
    'Glad we are connected now, {firstName}! {fact}. A little about me: {solution}. Could I ask how {company} decides which teams to grow next?',
    'Hello {firstName}, thank you for accepting. {fact}. {solution}. Would you have 15 minutes in the coming weeks to tell me how your group is organised at {company}?',
    'Hi {firstName}, good to be in touch. {fact}. For context, {solution}. Which problem keeps your part of {company} busiest right now?',
    '{firstName}, many thanks for the connection. {fact}. {solution}. If you were in my shoes, who at {company} would you talk to first?',
    'Hey {firstName}, I appreciated the accept. {fact}. Briefly: {solution}. May I send two short questions about life at {company}?',
    'Hi {firstName}, thanks for accepting my invitation. {fact}. About me, in one line: {solution}. What are you most excited about in your work this year?',
    'Hello {firstName}, nice to be connected. {fact}. My own focus: {solution}. Which conversations or communities keep you sharp in your field?',
    'Hi {firstName}, welcome to my network. {fact}. Quick intro: {solution}. What kind of work fills most of your week at the moment?',
    '{firstName}, good to have you here. {fact}. In a sentence, {solution}. Is there a topic you would enjoy swapping notes on over a short call?',
    'Dear {firstName}, thanks for saying yes to my request. {fact}. Myself: {solution}. What made you accept, and how might I be useful to you?',
  ],
  'follow-up': [
    'Hi {firstName}, following up on my note of {lastContact} in case it got buried. Would a 15-minute call next week work for you? Happy to fit around your time at {company}.',
    '{firstName}, a gentle nudge on my message of {lastContact}. Could we find 15 minutes in the next two weeks? No worries if now is busy at {company}.',
    'Hello {firstName}, bumping my note of {lastContact} to the top of your inbox. Is a short call still possible?',
  ],
  'recruiter-note': [
    'Hi {firstName}, a short note to make placing me easy: {fact}, and I am exploring {targetRole} roles. {solution}. Are you working on searches like this at {company}? I can send a CV today.',
    '{firstName}, {fact}. To make your job easier: {solution}. I am open to {targetRole} roles and can start soon. Do you have a search this fits?',
    'Hello {firstName}, {fact}. {solution}. Which of your current {targetRole} searches could I be right for? My CV is ready.',
  ],
};

export const BUILT_IN_TEMPLATES: readonly Template[] = SITUATIONS.flatMap((situation) =>
  BUILT_IN_TEXTS[situation].map((text, i) => ({
    id: i === 0 ? situation : `${situation}-${i + 1}`,
    situation,
    text,
    builtIn: true,
  })),
);

export function isSituation(value: unknown): value is Situation {
  return typeof value === 'string' && (SITUATIONS as readonly string[]).includes(value);
}

// Values come from other people's profiles: one line, bounded (design choice: 80 characters;
// 200 for the sentences weakties writes itself, the fact and the solution).
const MAX_VALUE = 80;
const MAX_SENTENCE = 200;

/** A value safe to put in a draft: one line, trimmed, no trailing full stop, bounded. */
export function cleanValue(value: string | undefined, max: number = MAX_VALUE): string | undefined {
  if (value === undefined) return undefined;
  // eslint-disable-next-line no-control-regex
  let text = value.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]+/g, ' ');
  text = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '');
  if (text === '') return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const SENTENCE_PLACEHOLDERS: ReadonlySet<string> = new Set(['fact', 'solution']);

/**
 * The user's solution as a whole sentence (docs/product.md: "a clear solution message"), not a
 * fragment pasted in: "Engineering Manager in payments: building calm teams" becomes "I'm an
 * Engineering Manager in payments, building calm teams". Sentences that already speak in the
 * first person stay as written.
 */
export function solutionSentence(solution: string | undefined): string | undefined {
  return solutionForms(solution)[0];
}

/**
 * The solution as whole sentences of different lengths: all of it, then, when it has two parts
 * ("role: what I solve"), each part on its own ("I'm an Engineering Manager in payments", "What
 * I do best: building calm teams"). Short notes and a day of drafts that must not read alike
 * use the shorter ones.
 */
export function solutionForms(solution: string | undefined): string[] {
  const text = cleanValue(solution, MAX_SENTENCE);
  if (text === undefined) return [];
  if (/^(i|i'm|i’m|i am|my|we|we're|our)\b/i.test(text)) return [text];
  const [head = '', ...rest] = text.split(/\s*[:|–—]\s*|\s+-\s+/);
  const tail = rest.filter((r) => r.trim() !== '').join(', ');
  const article = /^[aeiou]/i.test(head) ? 'an' : 'a';
  const whole = `I'm ${article} ${head}${tail ? `, ${tail}` : ''}`;
  return tail ? [whole, `I'm ${article} ${head}`, `What I do best: ${tail}`] : [whole];
}

const PLACEHOLDER_PATTERN = /\{([A-Za-z]+)\}/g;

/** Fills every placeholder that has a value; unknown or empty ones stay as written. */
export function renderTemplate(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER_PATTERN, (whole, name: string, offset: number) => {
    const value = (PLACEHOLDERS as readonly string[]).includes(name)
      ? cleanValue(
          values[name as Placeholder],
          SENTENCE_PLACEHOLDERS.has(name) ? MAX_SENTENCE : MAX_VALUE,
        )
      : undefined;
    if (value === undefined) return whole;
    // A sentence weakties wrote starts with a capital where it starts a sentence.
    const before = text.slice(0, offset).trimEnd();
    const startsSentence = before === '' || /[.!?:]$/.test(before);
    return SENTENCE_PLACEHOLDERS.has(name) && startsSentence
      ? `${value[0]?.toUpperCase() ?? ''}${value.slice(1)}`
      : value;
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
