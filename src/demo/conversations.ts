/**
 * The owner's LinkedIn messages, shaped like a real 2024 export (docs/demo-data.md): about 10 % of
 * connections ever messaged, heavy-tailed threads (median 2 messages, 90th percentile 9, a few
 * close ties with hundreds), the closest ties carrying the most, two thirds of messages sent by
 * the owner, 27 % empty (attachments), a dozen drafts, a few sponsored InMails and recruiters'
 * InMails from outside the network, a few group conversations.
 */
import type { CompanyCatalogue } from './company-catalogue.js';
import type { ConferenceEvent } from './conference-events.js';
import { DAY_MS } from './linkedin-dates.js';
import {
  SPONSORED_PROGRAMS,
  writeMessageText,
  writeSponsoredContent,
  type TextAudience,
  type ThreadContext,
} from './message-texts.js';
import { formatFullName, formatProfileUrl, inventName, type ProfileSlugs } from './names.js';
import type { Circle, Connection } from './network.js';
import type { OwnerStory } from './owner-story.js';
import { cumulativeWeights, pickIndex, sampleWeighted, type Rng } from './rng.js';

export interface Participant {
  name: string;
  /** Empty for a sponsored sender (docs/formats.md section 1). */
  url: string;
  firstName: string;
  company: string;
}

export interface Message {
  /** Index into the conversation's participants; 0 is always the owner. */
  sender: number;
  sentMs: number;
  subject: string;
  content: string;
  isDraft: boolean;
}

export interface Conversation {
  id: string;
  title: string;
  folder: 'INBOX' | 'ARCHIVE';
  /** The owner first, then everybody else. */
  participants: Participant[];
  /** Oldest first. */
  messages: Message[];
  isDraftOnly: boolean;
  /** Connections (indices into the network) on it; empty for people outside the network. */
  connectionIndices: number[];
}

/** docs/demo-data.md: 2,143 messages in 444 conversations with 385 people, for 3,761 connections. */
const CONVERSATIONS_PER_MESSAGE = 444 / 2143;
const CONVERSATIONS_PER_PERSON = 444 / 385;
/**
 * docs/demo-data.md: 66 % sent by the owner, 27 % empty, 12 drafts, messages over four years. In
 * one-to-one threads the owner writes 68 %, so that with recruiters' openers, group chats and
 * sponsored InMail the whole file lands near 66 % (calibrated over five seeds).
 */
const OWNER_SHARE = 0.68;
// Drafts, InMails and sponsored messages always have text, so the rest are empty a little
// more often for the whole file to land near 27 % (calibrated over five seeds).
const EMPTY_SHARE = 0.29;
const MAX_DRAFTS = 12;
const WINDOW_MS = 4 * 365 * DAY_MS;
/** Thread lengths: a log-normal with median 2 and 90th percentile 9 (ln(9/2) / 1.2816 = 1.17). */
const LENGTH_MU = Math.log(2);
const LENGTH_SIGMA = 1.17;
/** At most this share of the network is messaged, however many messages are asked for (design choice). */
const MAX_MESSAGED_SHARE = 0.5;

/** How likely each circle is to be messaged at all, and how close it is (design choices; "volume falls with social distance"). */
const MESSAGE_WEIGHT: Record<Circle, number> = {
  colleague: 10,
  school: 4,
  recruiter: 5,
  industry: 2,
  conference: 2,
  stranger: 0.6,
};
const CLOSENESS: Record<Circle, number> = {
  colleague: 1,
  school: 0.7,
  recruiter: 0.35,
  industry: 0.45,
  conference: 0.4,
  stranger: 0.15,
};

function audienceOf(circle: Circle): TextAudience {
  if (circle === 'colleague' || circle === 'school' || circle === 'recruiter') return circle;
  return 'contact';
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of ASCII text, in plain JS: tens of thousands of tiny Buffers cost more than this. */
function encodeBase64Ascii(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const a = text.charCodeAt(i);
    const b = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    const c = i + 2 < text.length ? text.charCodeAt(i + 2) : 0;
    const triple = (a << 16) | (b << 8) | c;
    out += BASE64.charAt((triple >> 18) & 63) + BASE64.charAt((triple >> 12) & 63);
    out += i + 1 < text.length ? BASE64.charAt((triple >> 6) & 63) : '=';
    out += i + 2 < text.length ? BASE64.charAt(triple & 63) : '=';
  }
  return out;
}

/** `2-` and base64 of hex plus a suffix, like real ids (`2-YmM2…XzAxMg==`, docs/formats.md section 1). */
function inventConversationId(rng: Rng): string {
  let hex = '';
  for (let i = 0; i < 5; i++) hex += rng.int(0, 0xffffffff).toString(16).padStart(8, '0');
  const tail = String(rng.int(0, 999)).padStart(3, '0');
  return `2-${encodeBase64Ascii(`${hex.slice(0, 36)}_${tail}`)}`;
}

/** Lengths of `count` threads adding up to exactly `budget` (each at least 1); the surplus goes to the longest, the closest ties. */
function drawThreadLengths(rng: Rng, count: number, budget: number): number[] {
  if (count <= 0) return [];
  const lengths = Array.from({ length: count }, () =>
    Math.max(1, Math.round(Math.exp(LENGTH_MU + LENGTH_SIGMA * rng.normal()))),
  ).sort((a, b) => b - a);
  let total = lengths.reduce((a, b) => a + b, 0);
  if (total > budget) {
    const scale = (budget - count) / Math.max(1, total - count);
    for (let i = 0; i < count; i++) {
      lengths[i] = 1 + Math.floor(((lengths[i] ?? 1) - 1) * scale);
    }
    total = lengths.reduce((a, b) => a + b, 0);
  }
  // The rest goes to the top few threads with Zipf weights: the heavy tail of close ties.
  const top = Math.max(1, Math.min(count, Math.ceil(count * 0.03)));
  const shares = cumulativeWeights(Array.from({ length: top }, (_, k) => 1 / (k + 1)));
  let surplus = budget - total;
  const whole = shares[top - 1] ?? 1;
  for (let k = 0; k < top && surplus > 0; k++) {
    const share = ((shares[k] ?? 0) - (k > 0 ? (shares[k - 1] ?? 0) : 0)) / whole;
    const add = k === top - 1 ? surplus : Math.min(surplus, Math.round((budget - total) * share));
    lengths[k] = (lengths[k] ?? 1) + add;
    surplus -= add;
  }
  return lengths.sort((a, b) => b - a);
}

/** Message instants for a thread of `length`, between `fromMs` and `toMs`, oldest first. */
function drawTimes(rng: Rng, length: number, fromMs: number, toMs: number): number[] {
  const room = Math.max(60_000, toMs - fromMs);
  // Short threads are one exchange over hours or days; long ones stretch over months or years.
  const wanted = length <= 2 ? rng.next() * 2 * DAY_MS : length * (0.3 + rng.next() * 2.5) * DAY_MS;
  const span = Math.min(room, wanted);
  const start = fromMs + rng.next() * (room - span);
  const times: number[] = [];
  for (let i = 0; i < length; i++) times.push(start + rng.next() * span);
  times.sort((a, b) => a - b);
  let previous = -Infinity;
  return times.map((t) => {
    const second = Math.max(Math.floor(t / 1000) * 1000, previous + 1000);
    previous = second;
    return Math.min(second, toMs);
  });
}

export interface ConversationInputs {
  owner: OwnerStory;
  connections: readonly Connection[];
  catalogue: CompanyCatalogue;
  events: readonly ConferenceEvent[];
  slugs: ProfileSlugs;
}

export function inventConversations(
  rng: Rng,
  totalMessages: number,
  exportMs: number,
  inputs: ConversationInputs,
): Conversation[] {
  const { owner, connections, catalogue, events, slugs } = inputs;
  if (totalMessages <= 0) return [];
  const track = owner.track;
  const ownerParticipant: Participant = {
    name: owner.fullName,
    url: owner.profileUrl,
    firstName: owner.firstName,
    company: owner.employers[owner.employers.length - 1]?.company.name ?? '',
  };
  const windowStart = exportMs - WINDOW_MS;
  const lastMoment = exportMs - 3_600_000;
  const sector = track.preferenceIndustries.split(', ')[0] ?? 'software';
  const eventNames = events.map((e) => e.name);
  // One role, topic and event per thread: a conversation is about one thing.
  const textContext = (other: Participant, audience: TextAudience): ThreadContext => ({
    audience,
    first: other.firstName,
    me: owner.firstName,
    company: other.company,
    role: rng.pick(track.targetTitles),
    topic: rng.pick(track.topics),
    event: eventNames.length > 0 ? rng.pick(eventNames) : 'the meetup',
    sector,
  });
  const asParticipant = (c: Connection): Participant => ({
    name: formatFullName(c),
    url: formatProfileUrl(c.slug),
    firstName: c.firstName,
    company: c.company,
  });

  const drafts = Math.min(MAX_DRAFTS, Math.floor(totalMessages / 20));
  const draftOnly = Math.floor(drafts / 2);
  const conversationCount = Math.max(1, Math.round(totalMessages * CONVERSATIONS_PER_MESSAGE));
  // "A few" sponsored InMails whatever the size (docs/demo-data.md; design choice: 2 to 12).
  const sponsored =
    totalMessages >= 20 ? Math.min(12, Math.max(2, Math.round(conversationCount * 0.012))) : 0;
  const inMails = totalMessages >= 40 ? Math.round(conversationCount * 0.03) : 0;
  // "A few" group conversations: 1.5 %, at most 40 (design choice).
  const groups =
    totalMessages >= 40 ? Math.min(40, Math.max(1, Math.round(conversationCount * 0.015))) : 0;
  const inMailLengths = Array.from({ length: inMails }, () => (rng.chance(0.4) ? 2 : 1));
  const budget = totalMessages - drafts - sponsored - inMailLengths.reduce((a, b) => a + b, 0);
  const threads = Math.max(1, Math.min(budget, conversationCount - sponsored - inMails));
  const groupThreads = Math.min(groups, Math.max(0, threads - 1));
  const oneToOne = threads - groupThreads;

  // Who is ever messaged: drawn by circle, closest circles most.
  const eligible = connections.map((c) => (c.isBlank ? 0 : MESSAGE_WEIGHT[c.circle]));
  const named = connections.filter((c) => !c.isBlank).length;
  const peopleCount = Math.min(
    oneToOne,
    Math.round(oneToOne / CONVERSATIONS_PER_PERSON),
    Math.floor(named * MAX_MESSAGED_SHARE),
  );
  const people = sampleWeighted(rng, eligible, Math.max(1, peopleCount))
    .map((index) => ({
      index,
      closeness: CLOSENESS[connections[index]?.circle ?? 'stranger'] + 0.25 * rng.normal(),
    }))
    .sort((a, b) => b.closeness - a.closeness || a.index - b.index);

  const lengths = drawThreadLengths(rng, threads, Math.max(threads, budget));
  // The longest threads go to the closest people; a second thread goes to the close ones again.
  const partners: number[] = people.map((p) => p.index);
  const closeWeights = cumulativeWeights(people.map((p) => Math.max(0.05, p.closeness) ** 2));
  while (partners.length < oneToOne && people.length > 0) {
    partners.push(people[pickIndex(rng, closeWeights)]?.index ?? 0);
  }

  const conversations: Conversation[] = [];
  const folder = (): Conversation['folder'] => (rng.chance(0.85) ? 'INBOX' : 'ARCHIVE');

  const addThread = (members: number[], length: number, title: string): void => {
    const memberConnections = members
      .map((i) => connections[i])
      .filter((c): c is Connection => c !== undefined);
    const first = memberConnections[0];
    if (!first) return;
    const participants = [ownerParticipant, ...memberConnections.map(asParticipant)];
    const isGroup = memberConnections.length > 1;
    const audience = isGroup ? 'group' : audienceOf(first.circle);
    const fromMs = Math.max(windowStart, ...memberConnections.map((c) => c.connectedOnMs));
    const times = drawTimes(rng, length, fromMs, lastMoment);
    const recruiterStarts = first.circle === 'recruiter' && rng.chance(0.7);
    const contexts = participants.map((p, k) => (k === 0 ? undefined : textContext(p, audience)));
    const messages = times.map((sentMs, i): Message => {
      const isFromOwner =
        i === 0 && recruiterStarts ? false : rng.chance(isGroup ? 0.5 : OWNER_SHARE);
      const sender = isFromOwner ? 0 : rng.int(1, participants.length - 1);
      const context = contexts[isFromOwner ? 1 : sender];
      const content =
        rng.chance(EMPTY_SHARE) || !context
          ? ''
          : writeMessageText(rng, context, isFromOwner, i === 0);
      const subject =
        i === 0 && !isFromOwner && audience === 'recruiter' && rng.chance(0.5)
          ? `${rng.pick(track.targetTitles)} opportunity`
          : '';
      return { sender, sentMs, subject, content, isDraft: false };
    });
    conversations.push({
      id: inventConversationId(rng),
      title,
      folder: folder(),
      participants,
      messages,
      isDraftOnly: false,
      connectionIndices: members,
    });
  };

  partners.forEach((partner, i) => addThread([partner], lengths[i] ?? 1, ''));

  // Group conversations: former colleagues from one employer, the owner, and a title.
  const colleaguesBy = owner.employers.map((): number[] => []);
  connections.forEach((c, i) => {
    if (c.circle === 'colleague' && !c.isBlank) colleaguesBy[c.employer]?.push(i);
  });
  const messagedPeople = people.map((p) => p.index);
  for (let g = 0; g < groupThreads; g++) {
    const employer = rng.int(0, owner.employers.length - 1);
    const colleagues = colleaguesBy[employer] ?? [];
    const pool = colleagues.length >= 2 ? colleagues : messagedPeople;
    const size = Math.min(pool.length, rng.int(2, 4));
    const members = sampleWeighted(rng, new Float64Array(pool.length).fill(1), size).map(
      (k) => pool[k] ?? 0,
    );
    if (members.length < 2) continue;
    const company = owner.employers[employer]?.company.name ?? 'the old team';
    const title = rng.chance(0.6) ? `${company.replace(/,.*$/, '')} alumni` : '';
    addThread(members, lengths[oneToOne + g] ?? 1, title);
  }

  // Drafts on the owner's latest threads: written, never sent.
  const openThreads = conversations.filter((c) => c.participants.length === 2);
  for (let d = 0; d < drafts - draftOnly && openThreads.length > 0; d++) {
    const thread = rng.pick(openThreads);
    const last = thread.messages[thread.messages.length - 1]?.sentMs ?? windowStart;
    const other = thread.participants[1] ?? ownerParticipant;
    thread.messages.push({
      sender: 0,
      sentMs: Math.min(lastMoment, last + rng.int(60, 3 * 86_400) * 1000),
      subject: '',
      content: writeMessageText(rng, textContext(other, 'contact'), true, false),
      isDraft: true,
    });
  }
  // Draft-only conversations: an opener to someone never written to before.
  const messaged = new Set(conversations.flatMap((c) => c.connectionIndices));
  const unmessaged = connections.map((c, i) => (c.isBlank || messaged.has(i) ? 0 : 1));
  for (const index of sampleWeighted(rng, unmessaged, draftOnly)) {
    const connection = connections[index];
    if (!connection) continue;
    const other = asParticipant(connection);
    conversations.push({
      id: inventConversationId(rng),
      title: '',
      folder: 'INBOX',
      participants: [ownerParticipant, other],
      messages: [
        {
          sender: 0,
          sentMs: Math.max(connection.connectedOnMs, lastMoment - rng.int(1, 60) * DAY_MS),
          subject: '',
          content: writeMessageText(
            rng,
            textContext(other, audienceOf(connection.circle)),
            true,
            true,
          ),
          isDraft: true,
        },
      ],
      isDraftOnly: true,
      connectionIndices: [index],
    });
  }

  // Recruiters' InMails from outside the network.
  inMailLengths.forEach((length) => {
    const name = inventName(rng);
    const company = catalogue.drawAgency(rng).name;
    const sender: Participant = {
      name: formatFullName(name),
      url: formatProfileUrl(slugs.make(rng, name.firstName, name.surname)),
      firstName: name.firstName,
      company,
    };
    const times = drawTimes(rng, length, windowStart, lastMoment);
    const role = rng.pick(track.targetTitles);
    conversations.push({
      id: inventConversationId(rng),
      title: '',
      folder: folder(),
      participants: [ownerParticipant, sender],
      messages: times.map((sentMs, i) => ({
        sender: i === 0 ? 1 : 0,
        sentMs,
        subject:
          i === 0
            ? `${role} at a ${rng.pick(['fast-growing', 'well-funded', 'profitable'])} company`
            : '',
        content: writeMessageText(rng, textContext(sender, 'recruiter'), i !== 0, i === 0),
        isDraft: false,
      })),
      isDraftOnly: false,
      connectionIndices: [],
    });
  });

  // Sponsored InMail: no sender URL, spinmail HTML (docs/formats.md section 1).
  for (let s = 0; s < sponsored; s++) {
    const name = inventName(rng);
    const program = rng.pick(SPONSORED_PROGRAMS);
    const sender: Participant = {
      name: formatFullName(name),
      url: '',
      firstName: name.firstName,
      company: '',
    };
    conversations.push({
      id: inventConversationId(rng),
      title: 'Sponsored Conversation',
      folder: 'INBOX',
      participants: [ownerParticipant, sender],
      messages: [
        {
          sender: 1,
          sentMs: windowStart + Math.floor((rng.next() * (lastMoment - windowStart)) / 1000) * 1000,
          subject: `${owner.firstName}, your next step: the ${program}`,
          content: writeSponsoredContent(rng, sender.name, program),
          isDraft: false,
        },
      ],
      isDraftOnly: false,
      connectionIndices: [],
    });
  }
  return conversations;
}
