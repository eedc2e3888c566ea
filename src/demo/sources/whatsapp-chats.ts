/**
 * The owner's WhatsApp "Export chat" files in two locales (docs/formats.md section 4):
 * - Android en-GB, `WhatsApp Chat with <name>.txt`: `12/07/2024, 22:35 - Name: text`, LF, system
 *   lines without an author (`You created group "Family"`), `<Media omitted>`, unsaved members
 *   as `+1 512-555-0143`;
 * - iOS de, `WhatsApp Chat - <name>.zip` holding `_chat.txt`: `[27.09.23, 09:18:41] Name: text`,
 *   CRLF records with LF inside multi-line messages, system lines authored by the chat and
 *   marked with U+200E, `‎<Anhang: …>`, non-contacts as `~\u202FName`.
 * Authors are the names the phone book gives them, so they meet the vCard's spellings; the
 * owner writes under the Profile.csv name. Times are local wall-clock, no zone.
 */
import type { DemoWorld } from '../demo-world.js';
import { DAY_MS } from '../linkedin-dates.js';
import type { Rng } from '../rng.js';
import { buildZip } from '../zip-archive.js';
import { phoneBookName, type Acquaintance, type AddressBookPeople } from './acquaintances.js';
import { formatWhatsAppNumber } from './phone-numbers.js';

export interface ChatFile {
  /** Path inside the WhatsApp folder. */
  path: string;
  content: Buffer;
}

type Locale = 'en-GB' | 'de';

interface Line {
  ms: number;
  author?: string;
  text: string;
  /** iOS marks system events and attachments with U+200E. */
  isMarked?: boolean;
}

const EN_TEXTS = [
  'Hey! How are you doing?',
  'Are we still on for Saturday?',
  'Running 10 min late, sorry',
  'Haha yes 😂',
  'Sounds good 👍',
  'Can you send me the address?',
  'Happy birthday!! 🎉',
  'Thanks so much',
  'Just landed',
  'Let me check and get back to you',
  'Did you see the match last night?',
  'Call you later',
  'Miss you guys',
  'Who is bringing what?',
  'On my way',
] as const;
const DE_TEXTS = [
  'Hallo zusammen!',
  'Wer ist am Sonntag dabei?',
  'Bin in 10 Minuten da',
  'Super, danke dir!',
  'Treffpunkt wie immer am Park?',
  'Ich schaffe es heute leider nicht',
  'Alles Gute zum Geburtstag! 🎂',
  'Haha 😂',
  'Klingt gut 👍',
  'Schönes Wochenende euch!',
  'Wie war dein Urlaub?',
  'Bis später',
] as const;

const EN_ENCRYPTION =
  'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.';
const DE_ENCRYPTION =
  'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp.';

const pad = (n: number) => String(n).padStart(2, '0');

function stamp(ms: number, locale: Locale): string {
  const d = new Date(ms);
  const day = pad(d.getUTCDate());
  const month = pad(d.getUTCMonth() + 1);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  if (locale === 'en-GB') return `${day}/${month}/${d.getUTCFullYear()}, ${time}`;
  return `[${day}.${month}.${String(d.getUTCFullYear() % 100).padStart(2, '0')}, ${time}:${pad(d.getUTCSeconds())}]`;
}

function renderLine(line: Line, locale: Locale): string {
  const mark = line.isMarked ? '\u200e' : '';
  if (locale === 'en-GB') {
    const head = `${stamp(line.ms, locale)} - `;
    return line.author === undefined
      ? `${head}${line.text}`
      : `${head}${line.author}: ${line.text}`;
  }
  return `${mark}${stamp(line.ms, locale)} ${line.author ?? ''}: ${mark}${line.text}`;
}

function renderChat(lines: readonly Line[], locale: Locale): Buffer {
  // iOS ends records with CRLF while a message's own line breaks stay LF (docs/formats.md section 4).
  const eol = locale === 'de' ? '\r\n' : '\n';
  return Buffer.from(lines.map((l) => renderLine(l, locale) + eol).join(''), 'utf8');
}

/** A chat's name as a file name: characters no file system takes are dropped. */
function fileSafe(name: string): string {
  return name.replace(/[\\/:*?"<>|]/g, '').trim() || 'chat';
}

/** What the owner's phone shows for a person in a chat. */
function authorName(a: Acquaintance, locale: Locale, isGroup: boolean): string {
  if (a.phoneBook) return phoneBookName(a).full;
  if (!a.phone) return `${a.firstName} ${a.surname}`;
  // iOS shows a non-contact in a group by their own profile name after a tilde.
  if (locale === 'de' && isGroup) return `~\u202f${a.firstName}`;
  const number = formatWhatsAppNumber(a.phone);
  return locale === 'de' ? `\u202a${number.replace(/ /g, '\u00a0')}\u202c` : number;
}

interface ChatPlan {
  rng: Rng;
  locale: Locale;
  owner: string;
  members: readonly Acquaintance[];
  groupName?: string;
  startMs: number;
  endMs: number;
  sessions: number;
}

/** Sessions of a few messages minutes apart, on days spread over the chat's life. */
function inventChat(plan: ChatPlan): Line[] {
  const { rng, locale, owner, members, groupName } = plan;
  const isGroup = groupName !== undefined;
  const texts = locale === 'de' ? DE_TEXTS : EN_TEXTS;
  const names = members.map((m) => authorName(m, locale, isGroup));
  const lines: Line[] = [];
  // Day 13 or later first, so the file itself shows which field is the day.
  const first = new Date(plan.startMs);
  let dayMs = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), rng.int(13, 28));
  const openMs = dayMs + rng.int(8, 21) * 3_600_000 + rng.int(0, 59) * 60_000;
  if (locale === 'en-GB') lines.push({ ms: openMs, text: EN_ENCRYPTION });
  else
    lines.push({
      ms: openMs,
      author: groupName ?? names[0] ?? owner,
      text: DE_ENCRYPTION,
      isMarked: true,
    });
  if (isGroup) {
    const creator = rng.chance(0.5) ? undefined : members[0];
    if (locale === 'en-GB') {
      lines.push({
        ms: openMs,
        text: creator
          ? `${names[0]} created group "${groupName}"`
          : `You created group "${groupName}"`,
      });
      if (!creator)
        for (const name of names.slice(0, 3))
          lines.push({ ms: openMs + 60_000, text: `You added ${name}` });
    } else {
      const who = creator ? (names[0] ?? '').replace(/^~\u202f/, '') : 'Du';
      lines.push({
        ms: openMs,
        author: groupName,
        text: creator
          ? `${who} hat die Gruppe „${groupName}“ erstellt.`
          : `Du hast die Gruppe „${groupName}“ erstellt.`,
        isMarked: true,
      });
    }
  }
  const span = Math.max(DAY_MS, plan.endMs - dayMs);
  for (let s = 0; s < plan.sessions; s++) {
    let ms = dayMs + rng.int(7, 22) * 3_600_000 + rng.int(0, 59) * 60_000 + rng.int(0, 59) * 1000;
    const count = rng.int(2, 6);
    for (let m = 0; m < count; m++) {
      const byOwner = rng.chance(isGroup ? 0.3 : 0.5);
      const index = rng.int(0, names.length - 1);
      const author = byOwner ? owner : (names[index] ?? owner);
      const roll = rng.next();
      let text: string = rng.pick(texts);
      let isMarked = false;
      if (roll < 0.08) {
        if (locale === 'en-GB') text = '<Media omitted>';
        else {
          const d = new Date(ms);
          text = `<Anhang: 000000${rng.int(10, 99)}-PHOTO-${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}-${pad(d.getUTCHours())}-${pad(d.getUTCMinutes())}-${pad(d.getUTCSeconds())}.jpg>`;
          isMarked = true;
        }
      } else if (roll < 0.1) {
        text = locale === 'en-GB' ? 'This message was deleted' : 'Diese Nachricht wurde gelöscht.';
      } else if (roll < 0.16) {
        text = `${text}\n${rng.pick(texts)}`;
      }
      lines.push({ ms, author, text, isMarked });
      ms += rng.int(1, 25) * 60_000 + rng.int(0, 59) * 1000;
    }
    // Sessions thin out towards the end: most chats are busiest when they start.
    dayMs += Math.floor((span / plan.sessions) * (0.5 + rng.next()));
    if (dayMs > plan.endMs) break;
  }
  return lines;
}

function pickMembers(rng: Rng, pool: readonly Acquaintance[], count: number): Acquaintance[] {
  const chosen = [...pool];
  for (let i = chosen.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const a = chosen[i] as Acquaintance;
    chosen[i] = chosen[j] as Acquaintance;
    chosen[j] = a;
  }
  return chosen.slice(0, count);
}

/** The chats, each an Android `.txt` or an iOS `.zip`, oldest conversations first. */
export async function inventWhatsAppChats(
  rng: Rng,
  world: DemoWorld,
  book: AddressBookPeople,
): Promise<ChatFile[]> {
  const owner = world.owner.fullName;
  const endMs = world.exportMs - DAY_MS;
  const startMs = endMs - 2 * 365 * DAY_MS;
  const withPhone = book.people.filter((a) => a.phone && !a.isCompanyCard && a.kind !== 'service');
  const saved = withPhone.filter((a) => a.phoneBook);
  const english = saved.filter((a) => !a.speaksGerman);
  const german = withPhone.filter((a) => a.speaksGerman);
  const family = saved.filter((a) => a.kind === 'family');
  const friends = english.filter((a) => a.kind === 'friend');
  const colleagues = english.filter(
    (a) => a.kind === 'connection' && a.connection?.circle === 'colleague',
  );
  const schoolMates = english.filter(
    (a) => a.kind === 'connection' && a.connection?.circle === 'school',
  );
  const unsaved = withPhone.filter((a) => !a.phoneBook && !a.speaksGerman);

  const files: ChatFile[] = [];
  const paths = new Set<string>();
  const add = (path: string, content: Buffer): void => {
    const dot = path.lastIndexOf('.');
    let unique = path;
    for (let n = 2; paths.has(unique); n++)
      unique = `${path.slice(0, dot)} (${n})${path.slice(dot)}`;
    paths.add(unique);
    files.push({ path: unique, content });
  };
  const plan = (members: Acquaintance[], locale: Locale, sessions: number, groupName?: string) => {
    const from = startMs + rng.int(0, 300) * DAY_MS;
    return inventChat({
      rng,
      locale,
      owner,
      members,
      startMs: from,
      endMs,
      sessions,
      ...(groupName === undefined ? {} : { groupName }),
    });
  };

  const oneToOne = [
    ...family.slice(0, 2),
    ...pickMembers(rng, friends, 5),
    ...pickMembers(rng, colleagues, 2),
    ...pickMembers(rng, schoolMates, 1),
  ];
  for (const person of oneToOne) {
    const lines = plan([person], 'en-GB', rng.int(3, 12));
    add(
      `WhatsApp Chat with ${fileSafe(phoneBookName(person).full)}.txt`,
      renderChat(lines, 'en-GB'),
    );
  }
  const groups: { name: string; members: Acquaintance[] }[] = [
    { name: 'Family', members: family },
    {
      name: `${world.owner.school.company.name.split(' ').slice(-1)[0] ?? 'Uni'} crew`,
      members: [
        ...pickMembers(rng, schoolMates, 4),
        ...pickMembers(rng, friends, 3),
        ...unsaved.slice(0, 2),
      ],
    },
    { name: 'Team lunch 🍕', members: pickMembers(rng, colleagues, 6) },
  ];
  for (const group of groups) {
    if (group.members.length < 2) continue;
    const lines = plan(group.members, 'en-GB', rng.int(8, 20), group.name);
    add(`WhatsApp Chat with ${fileSafe(group.name)}.txt`, renderChat(lines, 'en-GB'));
  }

  // The iOS exports: a zip per chat, named after it, holding `_chat.txt`.
  const exportDay = new Date(world.exportMs);
  const wallClock = {
    year: exportDay.getUTCFullYear(),
    month: exportDay.getUTCMonth() + 1,
    day: exportDay.getUTCDate(),
    hour: 9,
  };
  const germanSaved = german.filter((a) => a.phoneBook);
  const iosChats: { name: string; members: Acquaintance[]; isGroup: boolean }[] = [
    ...germanSaved
      .slice(0, 2)
      .map((a) => ({ name: phoneBookName(a).full, members: [a], isGroup: false })),
    { name: 'Laufgruppe Sonntag', members: german, isGroup: true },
  ];
  for (const chat of iosChats) {
    if (chat.members.length === 0) continue;
    const lines = plan(chat.members, 'de', rng.int(4, 14), chat.isGroup ? chat.name : undefined);
    const zip = await buildZip(
      [{ path: '_chat.txt', content: renderChat(lines, 'de') }],
      wallClock,
    );
    add(`WhatsApp Chat - ${fileSafe(chat.name)}.zip`, zip);
  }
  return files;
}
