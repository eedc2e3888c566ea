/**
 * The people the demo owner knows outside LinkedIn's files, and how each source spells them
 * (issue 6, "Demo data"): some LinkedIn connections are also in the phone book, Google Contacts,
 * chats and mail, under other spellings (a nickname, a missing accent, "Last, First", a first name
 * with the company); others are known from one source only (old friends, family, tradespeople);
 * and about 20 people with a company and a title at or above the owner's level, in the owner's
 * sectors and some at the owner's target companies, are not connections at all: they feed the
 * `invite` list. Shares are design choices unless a comment cites a source.
 */
import type { Connection } from '../network.js';
import type { DemoWorld } from '../demo-world.js';
import {
  foldToAscii,
  formatProfileUrl,
  inventEmail,
  inventName,
  type NameCulture,
} from '../names.js';
import { sampleWeighted, type Rng } from '../rng.js';
import { createPhonePool, type PhoneNumber } from './phone-numbers.js';

export type AcquaintanceKind = 'connection' | 'friend' | 'family' | 'service' | 'prospect';

/** How the phone book writes a name. */
export type NameStyle = 'exact' | 'no-accent' | 'nickname' | 'last-first' | 'with-company';

export interface Acquaintance {
  kind: AcquaintanceKind;
  firstName: string;
  surname: string;
  culture: NameCulture;
  /** What the owner calls them instead of a name ("Mum", "Plumber"), when not a full name. */
  label?: string;
  connection?: Connection;
  profileUrl?: string;
  company: string;
  title: string;
  email?: string;
  phone?: PhoneNumber;
  birthday?: { year?: number; month: number; day: number };
  /** In the German-speaking friends' chats (iOS de export). */
  speaksGerman: boolean;
  /** A colleague at the owner's current employer (meetings, team chat). */
  isCurrentColleague: boolean;
  phoneBook?: { style: NameStyle; withEmail: boolean; withProfileUrl: boolean };
  /** A business card (X-ABShowAs:COMPANY), not a person. */
  isCompanyCard: boolean;
  google?: { withPhone: boolean; withProfileUrl: boolean; fileAs: boolean };
  /** Writes or receives mail with the owner. */
  mails: boolean;
}

export interface AddressBookPeople {
  people: Acquaintance[];
  ownerCountry: 'US' | 'GB';
}

/** Chance a connection of each circle is in the phone book, Google Contacts and mail (design choice). */
const CIRCLE_PRESENCE: Record<
  Connection['circle'],
  { phone: number; google: number; mail: number }
> = {
  colleague: { phone: 0.45, google: 0.5, mail: 0.5 },
  school: { phone: 0.5, google: 0.3, mail: 0.15 },
  conference: { phone: 0.08, google: 0.15, mail: 0.15 },
  industry: { phone: 0.02, google: 0.04, mail: 0.05 },
  recruiter: { phone: 0.05, google: 0.2, mail: 0.35 },
  stranger: { phone: 0.005, google: 0.01, mail: 0.01 },
};
/** Above this many connections the shares shrink, so files stay small at the bench size. */
const FULL_SHARE_CONNECTIONS = 1500;
const FRIENDS = 40;
const GERMAN_FRIENDS = 8;
/** The brief of issue 6: about 20 people with a company and title who are not connections. */
const PROSPECTS = 20;
/** People in group chats only, as an unsaved number or `~ Name`. */
const CHAT_ONLY_PEOPLE = 6;

const NICKNAMES: Readonly<Record<string, string>> = {
  James: 'Jim',
  Michael: 'Mike',
  David: 'Dave',
  Jessica: 'Jess',
  Daniel: 'Dan',
  Thomas: 'Tom',
  Nathan: 'Nate',
  Olivia: 'Liv',
  Rachel: 'Rach',
  José: 'Pepe',
  Alejandro: 'Alex',
  Javier: 'Javi',
  Valentina: 'Vale',
  Isabel: 'Isa',
  Maximilian: 'Max',
  Katharina: 'Kathi',
  Franziska: 'Franzi',
  Tobias: 'Tobi',
  Mathieu: 'Math',
  Katarzyna: 'Kasia',
  Agnieszka: 'Aga',
  Łukasz: 'Łukas',
  Alessandro: 'Ale',
  Francesca: 'Fra',
  Lorenzo: 'Enzo',
  Oluwaseun: 'Seun',
  Giorgos: 'George',
  Kostas: 'Costa',
  Aditya: 'Adi',
  Vikram: 'Vik',
  Xiaoming: 'Ming',
  Gabriel: 'Gabi',
  Fernanda: 'Nanda',
  Patricia: 'Trish',
};

/** The first name a friend would use, when there is a common one. */
export function nicknameOf(firstName: string): string | undefined {
  return NICKNAMES[firstName];
}

const FAMILY_LABELS = ['Mum', 'Dad', 'Grandma'] as const;
const SERVICE_PEOPLE = [
  { label: 'Plumber', isCard: false },
  { label: 'Dentist', isCard: true },
  { label: 'Landlord', isCard: false },
  { label: 'Vet', isCard: true },
  { label: 'Hairdresser', isCard: false },
  { label: 'Pizza', isCard: true },
] as const;

const FRIEND_JOBS = [
  'Teacher',
  'Nurse',
  'Architect',
  'Chef',
  'Physiotherapist',
  'Photographer',
  'Electrician',
  'Pharmacist',
  'Lawyer',
  'Musician',
] as const;

/** Titles at or above the owner's level by career track (parse to director, head, VP or C-level). */
const PROSPECT_TITLES: Record<DemoWorld['track']['id'], readonly string[]> = {
  engineering: [
    'Director of Engineering',
    'VP Engineering',
    'Head of Platform Engineering',
    'Senior Engineering Manager',
    'CTO',
    'Head of Payments Engineering',
  ],
  product: [
    'Director of Product',
    'VP Product',
    'Head of Product',
    'Chief Product Officer',
    'Director, Product Management',
    'Head of Product Growth',
  ],
  data: [
    'Head of Data Science',
    'Director of Data Science',
    'VP Data',
    'Chief Data Officer',
    'Director of Machine Learning',
    'Head of Analytics',
  ],
};

/** `ana.ruiz@quorvia-health.example`: a work address under the reserved `.example` TLD (RFC 2606). */
export function workEmail(firstName: string, surname: string, company: string): string {
  const part = (text: string) => foldToAscii(text).replace(/[^a-z0-9]+/g, '');
  const domain =
    foldToAscii(company)
      .replace(/,? ?(inc|ltd|llc|gmbh|s\.?a|plc|ag|bv|co)\.?$/i, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'company';
  return `${part(firstName)}.${part(surname)}@${domain}.example`;
}

function nameKey(first: string, surname: string): string {
  return foldToAscii(`${first} ${surname}`)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function pickStyle(
  rng: Rng,
  a: { firstName: string; surname: string; company: string },
): NameStyle {
  const roll = rng.next();
  const accented =
    foldToAscii(`${a.firstName}${a.surname}`) !== `${a.firstName}${a.surname}`.toLowerCase();
  // Bands of one roll: 20 % drop accents (when there are any), 15 % nickname, 10 % "Last, First", 7 % first name and company.
  if (roll < 0.2) return accented ? 'no-accent' : 'exact';
  if (roll < 0.35) return nicknameOf(a.firstName) ? 'nickname' : 'exact';
  if (roll < 0.45) return 'last-first';
  if (roll < 0.52 && a.company !== '') return 'with-company';
  return 'exact';
}

function drawBirthday(
  rng: Rng,
  exportYear: number,
  age: [number, number],
): Acquaintance['birthday'] {
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  // iPhone keeps birthdays saved without a year (docs/formats.md section 3).
  if (rng.chance(0.3)) return { month, day };
  return { year: exportYear - rng.int(age[0], age[1]), month, day };
}

/** Connections also known from other sources: colleagues most, strangers almost never. */
function chooseKnownConnections(
  rng: Rng,
  world: DemoWorld,
  pool: ReturnType<typeof createPhonePool>,
  country: 'US' | 'GB',
): Acquaintance[] {
  const scale = Math.min(1, FULL_SHARE_CONNECTIONS / world.connections.length);
  const current = world.owner.employers[world.owner.employers.length - 1]?.company.name ?? '';
  const people: Acquaintance[] = [];
  // Oldest first, so a contact's number was saved long ago.
  for (const connection of [...world.connections].reverse()) {
    if (connection.isBlank) continue;
    const presence = CIRCLE_PRESENCE[connection.circle];
    const inPhoneBook = rng.chance(presence.phone * scale);
    const inGoogle = rng.chance(presence.google * scale);
    const mails = rng.chance(presence.mail * scale);
    // Scaled too: at 30,000 connections the current employer alone has hundreds of them.
    const isCurrentColleague =
      connection.circle === 'colleague' && connection.company === current && rng.chance(scale);
    if (!inPhoneBook && !inGoogle && !mails && !isCurrentColleague) continue;
    const a: Acquaintance = {
      kind: 'connection',
      firstName: connection.firstName,
      surname: connection.surname,
      culture: connection.culture,
      connection,
      profileUrl: formatProfileUrl(connection.slug),
      company: connection.company,
      title: connection.title,
      speaksGerman: false,
      isCurrentColleague,
      isCompanyCard: false,
      mails: mails || isCurrentColleague,
    };
    // Connections.csv's own email where it has one, so that key joins the sources at once.
    a.email =
      connection.email ||
      (connection.company !== '' && (isCurrentColleague || rng.chance(0.5))
        ? workEmail(connection.firstName, connection.surname, connection.company)
        : inventEmail(rng, connection.firstName, connection.surname));
    if (inPhoneBook) {
      a.phone = pool.take(rng.chance(0.85) ? country : country === 'US' ? 'GB' : 'US');
      a.phoneBook = {
        style: pickStyle(rng, a),
        // "Email in one and phone in another": most phone-book entries of colleagues have no email.
        withEmail: rng.chance(0.3),
        withProfileUrl: rng.chance(0.1),
      };
      if (rng.chance(0.25))
        a.birthday = drawBirthday(rng, new Date(world.exportMs).getUTCFullYear(), [25, 55]);
    }
    if (inGoogle || isCurrentColleague) {
      a.google = {
        withPhone: a.phone !== undefined && rng.chance(0.4),
        // Current colleagues' cards come from the company directory, with their profile.
        withProfileUrl: isCurrentColleague ? rng.chance(0.8) : rng.chance(0.4),
        fileAs: rng.chance(0.08),
      };
    }
    people.push(a);
  }
  return people;
}

function inventPerson(
  rng: Rng,
  taken: Set<string>,
  culture?: NameCulture,
): { firstName: string; surname: string; culture: NameCulture } {
  for (let attempt = 0; attempt < 400; attempt++) {
    const name = inventName(rng, { credentialRate: 0, emojiRate: 0 });
    if (culture && name.culture !== culture && attempt < 399) continue;
    const key = nameKey(name.firstName, name.surname);
    if (taken.has(key) && attempt < 399) continue;
    taken.add(key);
    return { firstName: name.firstName, surname: name.surname, culture: name.culture };
  }
  throw new Error('inventPerson: no name found');
}

/** Invents everyone the non-LinkedIn sources hold, with where each appears. */
export function inventAcquaintances(rng: Rng, world: DemoWorld): AddressBookPeople {
  const { owner } = world;
  const ownerCountry: 'US' | 'GB' = owner.phone.startsWith('+44') ? 'GB' : 'US';
  const pool = createPhonePool(rng, [owner.phone]);
  const exportYear = new Date(world.exportMs).getUTCFullYear();
  const people = chooseKnownConnections(rng, world, pool, ownerCountry);

  // Names already in the network are not reused, so a friend is never mistaken for a connection.
  const taken = new Set(
    world.connections.filter((c) => !c.isBlank).map((c) => nameKey(c.firstName, c.surname)),
  );
  taken.add(nameKey(owner.firstName, owner.lastName));

  for (let i = 0; i < FRIENDS; i++) {
    const isGerman = i < GERMAN_FRIENDS;
    const name = inventPerson(rng, taken, isGerman ? 'german' : undefined);
    const hasJob = rng.chance(0.5);
    const friend: Acquaintance = {
      kind: 'friend',
      ...name,
      company: '',
      title: hasJob ? rng.pick(FRIEND_JOBS) : '',
      phone: pool.take(
        isGerman || rng.chance(0.9) ? ownerCountry : ownerCountry === 'US' ? 'GB' : 'US',
      ),
      speaksGerman: isGerman,
      isCurrentColleague: false,
      isCompanyCard: false,
      mails: rng.chance(0.2),
      birthday: drawBirthday(rng, exportYear, [28, 45]),
    };
    friend.phoneBook = {
      style: pickStyle(rng, friend),
      withEmail: rng.chance(0.3),
      withProfileUrl: false,
    };
    if (friend.phoneBook.withEmail || friend.mails || rng.chance(0.3)) {
      friend.email = inventEmail(rng, friend.firstName, friend.surname);
      if (rng.chance(0.5))
        friend.google = { withPhone: rng.chance(0.5), withProfileUrl: false, fileAs: false };
    }
    people.push(friend);
  }

  // Friends of friends in group chats: a number the owner never saved (docs/formats.md section 4).
  for (let i = 0; i < CHAT_ONLY_PEOPLE; i++) {
    const isGerman = i % 2 === 0;
    const name = inventPerson(rng, taken, isGerman ? 'german' : undefined);
    people.push({
      kind: 'friend',
      ...name,
      company: '',
      title: '',
      phone: pool.take(ownerCountry),
      speaksGerman: isGerman,
      isCurrentColleague: false,
      isCompanyCard: false,
      mails: false,
    });
  }

  FAMILY_LABELS.forEach((label) => {
    people.push({
      kind: 'family',
      firstName: label,
      surname: owner.lastName,
      culture: 'anglo',
      label,
      company: '',
      title: '',
      phone: pool.take(ownerCountry),
      speaksGerman: false,
      isCurrentColleague: false,
      isCompanyCard: false,
      mails: label !== 'Grandma',
      phoneBook: { style: 'exact', withEmail: false, withProfileUrl: false },
      ...(label === 'Grandma' ? {} : { email: inventEmail(rng, label, owner.lastName) }),
    });
  });
  for (let i = 0; i < 3; i++) {
    const name = inventPerson(rng, taken);
    const relative: Acquaintance = {
      kind: 'family',
      firstName: name.firstName,
      surname: i === 0 ? owner.lastName : name.surname,
      culture: name.culture,
      company: '',
      title: '',
      phone: pool.take(ownerCountry),
      speaksGerman: false,
      isCurrentColleague: false,
      isCompanyCard: false,
      mails: true,
      birthday: drawBirthday(rng, exportYear, [20, 50]),
      phoneBook: { style: 'exact', withEmail: true, withProfileUrl: false },
    };
    relative.email = inventEmail(rng, relative.firstName, relative.surname);
    relative.google = { withPhone: true, withProfileUrl: false, fileAs: false };
    people.push(relative);
  }

  for (const service of SERVICE_PEOPLE) {
    const name = inventPerson(rng, taken);
    people.push({
      kind: 'service',
      firstName: service.isCard ? '' : name.firstName,
      surname: '',
      culture: name.culture,
      label: service.label,
      company: service.isCard
        ? `${name.surname} ${service.label === 'Pizza' ? 'Pizzeria' : service.label === 'Vet' ? 'Veterinary Clinic' : 'Dental Care'}`
        : '',
      title: '',
      phone: pool.take(ownerCountry),
      speaksGerman: false,
      isCurrentColleague: false,
      isCompanyCard: service.isCard,
      mails: false,
      phoneBook: { style: 'exact', withEmail: false, withProfileUrl: false },
    });
  }

  people.push(...inventProspects(rng, world, taken, pool, ownerCountry));
  return { people, ownerCountry };
}

/**
 * People with a company and a title at or above the owner's level who are not connections:
 * met at events, introduced by mail, or in the same meetings. About 40 % at the owner's target
 * companies (dream, saved-job and followed companies), the rest at companies in the owner's sectors.
 */
function inventProspects(
  rng: Rng,
  world: DemoWorld,
  taken: Set<string>,
  pool: ReturnType<typeof createPhonePool>,
  country: 'US' | 'GB',
): Acquaintance[] {
  const targets = [...world.targets.dream, ...world.targets.present, ...world.targets.absent];
  const titles = PROSPECT_TITLES[world.track.id];
  const sectors = [world.track.primarySector, world.track.secondarySector];
  const atTarget = new Set(
    sampleWeighted(rng, new Float64Array(PROSPECTS).fill(1), Math.round(PROSPECTS * 0.4)),
  );
  const people: Acquaintance[] = [];
  for (let i = 0; i < PROSPECTS; i++) {
    const name = inventPerson(rng, taken);
    const company =
      atTarget.has(i) && targets.length > 0
        ? (targets[i % targets.length] ?? '')
        : world.catalogue.drawFresh(rng, rng.pick(sectors)).name;
    const prospect: Acquaintance = {
      kind: 'prospect',
      ...name,
      company,
      title: rng.pick(titles),
      email: workEmail(name.firstName, name.surname, company),
      speaksGerman: false,
      isCurrentColleague: false,
      isCompanyCard: false,
      mails: i % 4 !== 3,
    };
    // Met in person: a card on the phone too; others only by mail and Google Contacts.
    if (i % 3 === 0) {
      prospect.phone = pool.take(country);
      prospect.phoneBook = { style: 'exact', withEmail: true, withProfileUrl: false };
    }
    if (i % 4 !== 1)
      prospect.google = {
        withPhone: prospect.phone !== undefined,
        withProfileUrl: false,
        fileAs: false,
      };
    people.push(prospect);
  }
  return people;
}

/** The name as a phone book entry writes it: N's family and given parts and FN. */
export function phoneBookName(a: Acquaintance): { family: string; given: string; full: string } {
  if (a.label !== undefined && a.kind !== 'friend') {
    const given =
      a.kind === 'service' && a.firstName !== '' ? `${a.firstName} ${a.label}` : a.label;
    return { family: '', given, full: given };
  }
  const style = a.phoneBook?.style ?? 'exact';
  const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '');
  switch (style) {
    case 'no-accent':
      return {
        family: fold(a.surname),
        given: fold(a.firstName),
        full: `${fold(a.firstName)} ${fold(a.surname)}`,
      };
    case 'nickname': {
      const nick = nicknameOf(a.firstName) ?? a.firstName;
      return { family: a.surname, given: nick, full: `${nick} ${a.surname}` };
    }
    case 'last-first':
      // Typed into the first-name field on an old phone, so N has no family part.
      return {
        family: '',
        given: `${a.surname}, ${a.firstName}`,
        full: `${a.surname}, ${a.firstName}`,
      };
    case 'with-company': {
      const given = `${a.firstName} ${a.company.split(/[ ,]/)[0] ?? ''}`.trim();
      return { family: '', given, full: given };
    }
    case 'exact':
      return { family: a.surname, given: a.firstName, full: `${a.firstName} ${a.surname}` };
  }
}
