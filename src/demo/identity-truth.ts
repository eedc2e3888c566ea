/**
 * Which records of the demo's exports are one human: the answer key for identity fusion
 * (`npm run bench:identity`). Written as `truth.json` beside the generated exports and never
 * imported. A human is listed with every key any of its records can carry (profile URL, email
 * addresses, phone numbers in E.164) as the generator wrote them; a reader normalises them as the
 * importers do. A key of a record whose person is not listed (a stranger's invitation, a
 * recruiter's InMail) belongs to a human of its own. Pure: the same options give the same truth.
 */
import type { DemoWorld } from './demo-world.js';
import { formatFullName, formatProfileUrl } from './names.js';
import type { AddressBookPeople } from './sources/acquaintances.js';

export interface TruthHuman {
  /** `owner`, `connection:<index in Connections.csv order>`, `contact:<n>` or `linkedin:<n>`. */
  id: string;
  kind: 'owner' | 'connection' | 'friend' | 'family' | 'service' | 'prospect' | 'linkedin-only';
  name: string;
  profileUrls: string[];
  emails: string[];
  /** E.164, e.g. `+15125550143`. */
  phones: string[];
}

export interface IdentityTruth {
  seed: number;
  connections: number;
  humans: TruthHuman[];
}

/** Every human of the demo with the keys its records carry. */
export function inventIdentityTruth(world: DemoWorld, book: AddressBookPeople): IdentityTruth {
  const humans: TruthHuman[] = [];
  const byUrl = new Map<string, TruthHuman>();
  const add = (human: TruthHuman): TruthHuman => {
    humans.push(human);
    for (const url of human.profileUrls) byUrl.set(url, human);
    return human;
  };
  const { owner } = world;
  add({
    id: 'owner',
    kind: 'owner',
    name: owner.fullName,
    profileUrls: [owner.profileUrl],
    emails: owner.emails.map((e) => e.address),
    phones: [owner.phone.replace(/[^\d+]/g, '')],
  });
  world.connections.forEach((c, index) => {
    if (c.isBlank) return;
    add({
      id: `connection:${index}`,
      kind: 'connection',
      name: formatFullName(c),
      profileUrls: [formatProfileUrl(c.slug)],
      emails: c.email ? [c.email] : [],
      phones: [],
    });
  });
  book.people.forEach((a, n) => {
    const known = a.profileUrl ? byUrl.get(a.profileUrl) : undefined;
    const human =
      known ??
      add({
        id: `contact:${n}`,
        kind: a.kind === 'connection' ? 'friend' : a.kind,
        name: a.label ?? `${a.firstName} ${a.surname}`.trim(),
        profileUrls: [],
        emails: [],
        phones: [],
      });
    if (a.email) {
      // Google Contacts keeps an older address for some friends (sources/google-contacts-csv.ts).
      const older =
        a.kind !== 'connection' && a.kind !== 'prospect' ? [a.email.replace('@', '.old@')] : [];
      for (const email of [a.email, ...older]) {
        if (!human.emails.includes(email)) human.emails.push(email);
      }
    }
    if (a.phone && !human.phones.includes(a.phone.e164)) human.phones.push(a.phone.e164);
  });
  // LinkedIn members outside the network: InMail senders, invitations from and to strangers.
  const others = new Map<string, string>();
  for (const conversation of world.conversations) {
    for (const p of conversation.participants) {
      if (p.url !== '' && !byUrl.has(p.url)) others.set(p.url, p.name);
    }
  }
  for (const invitation of world.invitations) {
    for (const [url, name] of [
      [invitation.inviterUrl, invitation.from],
      [invitation.inviteeUrl, invitation.to],
    ] as const) {
      if (url !== '' && !byUrl.has(url)) others.set(url, name);
    }
  }
  let n = 0;
  for (const [url, name] of others) {
    add({
      id: `linkedin:${n++}`,
      kind: 'linkedin-only',
      name,
      profileUrls: [url],
      emails: [],
      phones: [],
    });
  }
  return { seed: world.options.seed, connections: world.options.connections, humans };
}
