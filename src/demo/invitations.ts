/**
 * Invitations.csv: the last ~6 months of invitations, as in a real 2024 export (docs/demo-data.md:
 * 1,596 in the file, 1,545 outgoing and 51 incoming, 23 with a note; about 60 outgoing a week,
 * near the weekly limit), scaled to the network's size. Some were accepted (the invitee is now a
 * connection, connected days later); the rest are still pending, to people outside the network.
 */
import type { ConferenceEvent } from './conference-events.js';
import { encodeCsvFile } from './csv-text.js';
import { DAY_MS, formatShortUsDate } from './linkedin-dates.js';
import { writeInvitationNote } from './message-texts.js';
import { formatFullName, formatProfileUrl, inventName, type ProfileSlugs } from './names.js';
import type { Connection } from './network.js';
import type { OwnerStory } from './owner-story.js';
import { sampleWeighted, type Rng } from './rng.js';

export const INVITATIONS_HEADER = [
  'From',
  'To',
  'Sent At',
  'Message',
  'Direction',
  'inviterProfileUrl',
  'inviteeProfileUrl',
] as const;

export interface Invitation {
  from: string;
  to: string;
  sentMs: number;
  message: string;
  direction: 'OUTGOING' | 'INCOMING';
  inviterUrl: string;
  inviteeUrl: string;
}

/** docs/demo-data.md, per connection of the 3,761 in the real export. */
const OUTGOING_PER_CONNECTION = 1545 / 3761;
const INCOMING_PER_CONNECTION = 51 / 3761;
const NOTE_SHARE = 23 / 1596;
const WINDOW_MS = 26 * 7 * DAY_MS;
/** Share of invitations in the file that were already accepted (design choice). */
const ACCEPTED_SHARE = 0.45;

export interface InvitationInputs {
  owner: OwnerStory;
  connections: readonly Connection[];
  events: readonly ConferenceEvent[];
  slugs: ProfileSlugs;
}

/** Between 7:00 and 23:00 UTC on the given day. */
function timeOfDay(rng: Rng, dayMs: number): number {
  return dayMs + rng.int(7 * 3600, 23 * 3600 - 1) * 1000;
}

export function inventInvitations(
  rng: Rng,
  exportMs: number,
  inputs: InvitationInputs,
): Invitation[] {
  const { owner, connections, events, slugs } = inputs;
  const count = connections.length;
  const outgoing = Math.round(count * OUTGOING_PER_CONNECTION);
  const incoming = Math.round(count * INCOMING_PER_CONNECTION);
  const windowStart = exportMs - WINDOW_MS;
  const me = { name: owner.fullName, url: owner.profileUrl };

  const recent = connections.map((c) =>
    !c.isBlank && c.connectedOnMs >= windowStart + DAY_MS ? 1 : 0,
  );
  const acceptedOut = sampleWeighted(rng, recent, Math.round(outgoing * ACCEPTED_SHARE));
  const taken = new Set(acceptedOut);
  const acceptedIn = sampleWeighted(
    rng,
    recent.map((r, i) => (taken.has(i) ? 0 : r)),
    Math.round(incoming * ACCEPTED_SHARE),
  );

  const invitations: Invitation[] = [];
  const add = (
    direction: Invitation['direction'],
    other: { name: string; url: string },
    sentMs: number,
  ): void => {
    const [inviter, invitee] = direction === 'OUTGOING' ? [me, other] : [other, me];
    invitations.push({
      from: inviter.name,
      to: invitee.name,
      sentMs,
      message: '',
      direction,
      inviterUrl: inviter.url,
      inviteeUrl: invitee.url,
    });
  };
  const acceptedPerson = (
    index: number,
  ): { name: string; url: string; sentMs: number } | undefined => {
    const c = connections[index];
    if (!c) return undefined;
    // Sent up to a week before it was accepted, never before the window.
    const day = Math.max(windowStart, c.connectedOnMs - rng.int(0, 6) * DAY_MS);
    return { name: formatFullName(c), url: formatProfileUrl(c.slug), sentMs: timeOfDay(rng, day) };
  };
  const stranger = (): { name: string; url: string; sentMs: number } => {
    const name = inventName(rng);
    const day = windowStart + rng.int(0, WINDOW_MS / DAY_MS - 1) * DAY_MS;
    return {
      name: formatFullName(name),
      url: formatProfileUrl(slugs.make(rng, name.firstName, name.surname)),
      sentMs: Math.min(exportMs - 60_000, timeOfDay(rng, day)),
    };
  };

  for (const index of acceptedOut) {
    const person = acceptedPerson(index);
    if (person) add('OUTGOING', person, person.sentMs);
  }
  for (let i = acceptedOut.length; i < outgoing; i++) {
    const person = stranger();
    add('OUTGOING', person, person.sentMs);
  }
  for (const index of acceptedIn) {
    const person = acceptedPerson(index);
    if (person) add('INCOMING', person, person.sentMs);
  }
  for (let i = acceptedIn.length; i < incoming; i++) {
    const person = stranger();
    add('INCOMING', person, person.sentMs);
  }

  const noteCount =
    invitations.length >= 20 ? Math.max(1, Math.round(invitations.length * NOTE_SHARE)) : 0;
  const eventName = events[events.length - 1]?.name ?? 'the meetup';
  for (const index of sampleWeighted(
    rng,
    new Float64Array(invitations.length).fill(1),
    noteCount,
  )) {
    const invitation = invitations[index];
    if (!invitation) continue;
    // The note greets the invitee: the other person, or the owner when they were invited.
    const invitee = invitation.direction === 'OUTGOING' ? invitation.to : owner.firstName;
    invitation.message = writeInvitationNote(rng, invitee.split(' ')[0] ?? invitee, {
      event: eventName,
      topic: rng.pick(owner.track.topics),
      sector: owner.track.preferenceIndustries.split(', ')[0] ?? 'software',
    });
  }
  return invitations.sort((a, b) => b.sentMs - a.sentMs);
}

export function encodeInvitationsCsv(invitations: readonly Invitation[]): Buffer {
  return encodeCsvFile(
    INVITATIONS_HEADER,
    invitations.map((i) => [
      i.from,
      i.to,
      formatShortUsDate(i.sentMs),
      i.message,
      i.direction,
      i.inviterUrl,
      i.inviteeUrl,
    ]),
  );
}
