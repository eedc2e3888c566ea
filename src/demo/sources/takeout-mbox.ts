/**
 * A few years of the owner's Gmail as Google Takeout writes it, headers and tiny bodies only
 * (docs/formats.md section 5): `From 1654953015393719153@xxx Mon Jan 06 04:49:45 +0000 2020`
 * separators, CRLF, X-GM-THRID per thread, X-Gmail-Labels (Sent on the owner's mail, a label
 * with a comma quoted, one RFC 2047-encoded), RFC 2047 display names, `"Last, First"` quoted
 * names, replies with In-Reply-To and References, a `>From ` quoted body line, and the mail a
 * mailbox also holds that is not a tie: newsletters, no-reply alerts, Google Calendar's robot
 * and spam. The owner's addresses are the ones in Email Addresses.csv.
 */
import type { DemoWorld } from '../demo-world.js';
import { DAY_MS } from '../linkedin-dates.js';
import type { Rng } from '../rng.js';
import type { Acquaintance, AddressBookPeople } from './acquaintances.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');
/** Years of mail in the box (the brief of issue 6: "a few years"). */
const MAIL_YEARS = 3;

interface Mailbox {
  name?: string;
  /** Written `"Last, First"` with the quotes, as Outlook senders do. */
  isLastFirst?: boolean;
  address: string;
}

interface Mail {
  ms: number;
  from: Mailbox;
  to: Mailbox[];
  cc: Mailbox[];
  subject: string;
  labels: string;
  body: string;
  extra: string[];
}

/** `=?UTF-8?B?…?=` for a name that is not ASCII (RFC 2047), else the name, quoted if needed. */
function encodeName(name: string): string {
  if (/[^\x20-\x7e]/.test(name))
    return `=?UTF-8?B?${Buffer.from(name, 'utf8').toString('base64')}?=`;
  return /[",.;:<>@()[\]\\]/.test(name) ? `"${name.replace(/(["\\])/g, '\\$1')}"` : name;
}

function formatMailbox(box: Mailbox): string {
  if (!box.name) return box.address;
  if (box.isLastFirst && !/[^\x20-\x7e]/.test(box.name)) return `"${box.name}" <${box.address}>`;
  return `${encodeName(box.name)} <${box.address}>`;
}

/** RFC 5322 date in the sender's zone (`Tue, 7 Jan 2020 09:12:45 -0600`). */
function formatDate(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** The separator's asctime date in UTC: `Mon Jan 06 04:49:45 +0000 2020`. */
function separatorDate(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}

function decimalId(rng: Rng): string {
  return `1${String(rng.int(100_000_000, 999_999_999))}${String(rng.int(100_000_000, 999_999_999))}`;
}

function messageId(rng: Rng): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let id = 'CA+';
  for (let i = 0; i < 24; i++) id += chars[rng.int(0, chars.length - 1)];
  return `<${id}@mail.example.com>`;
}

const PERSONAL_SUBJECTS = [
  'Catching up',
  'Photos from the weekend',
  'Dinner next week?',
  'Long time!',
  'Quick question',
];
const WORK_SUBJECTS = [
  'Slides for Thursday',
  'Coffee next week?',
  'Notes from our call',
  'Reference request',
  'Follow-up',
  'Question about your team',
];
const BODIES = [
  'Thanks, sounds good.',
  'Let me know what works for you.',
  'See you then!',
  'Attached are the notes.',
  'Great to hear from you.',
  'Happy to help, talk soon.',
];

/** Offsets (minutes) of the owner's city in standard time; mail carries them explicitly. */
function ownerOffset(world: DemoWorld): number {
  const city = world.owner.geoLocation;
  if (city.startsWith('Austin')) return -360;
  if (city.startsWith('Denver')) return -420;
  if (city.startsWith('Toronto')) return -300;
  return 0;
}

function personBox(rng: Rng, a: Acquaintance): Mailbox {
  const address = a.email ?? '';
  if (a.label && a.kind === 'family') return { address };
  const roll = rng.next();
  if (roll < 0.1) return { address };
  if (roll < 0.2) return { name: `${a.surname}, ${a.firstName}`, isLastFirst: true, address };
  return { name: `${a.firstName} ${a.surname}`, address };
}

/** The mailbox as Takeout's `.mbox` bytes. */
export function encodeTakeoutMbox(rng: Rng, world: DemoWorld, book: AddressBookPeople): Buffer {
  const { owner } = world;
  const primary = owner.emails.find((e) => e.isPrimary)?.address ?? owner.emails[0]?.address ?? '';
  const secondary = owner.emails.find((e) => !e.isPrimary)?.address ?? primary;
  const me = (address = primary): Mailbox => ({ name: owner.fullName, address });
  const offset = ownerOffset(world);
  const endMs = world.exportMs - DAY_MS;
  const startMs = endMs - MAIL_YEARS * 365 * DAY_MS;
  const when = (from = startMs): number => {
    const day =
      Math.floor(from / DAY_MS) + rng.int(0, Math.max(0, Math.floor((endMs - from) / DAY_MS)));
    return day * DAY_MS + (rng.int(8, 19) * 60 - offset) * 60_000 + rng.int(0, 3599) * 1000;
  };
  const threads: Mail[][] = [];

  const correspondents = book.people.filter((a) => a.mails && a.email);
  const introducers = correspondents.filter(
    (a) => a.kind === 'connection' && a.connection?.circle === 'colleague',
  );
  for (const a of correspondents) {
    const isWork = a.kind === 'connection' || a.kind === 'prospect';
    const box = personBox(rng, a);
    const threadCount = a.isCurrentColleague || a.kind === 'prospect' ? rng.int(1, 2) : 1;
    for (let t = 0; t < threadCount; t++) {
      const thread: Mail[] = [];
      let ms = when();
      const subject =
        a.connection?.circle === 'recruiter'
          ? `Opportunity: ${rng.pick(world.track.targetTitles)}`
          : rng.pick(isWork ? WORK_SUBJECTS : PERSONAL_SUBJECTS);
      const introducer =
        a.kind === 'prospect' && t === 0 && introducers.length > 0
          ? rng.pick(introducers)
          : undefined;
      const ownerAddress = !isWork && rng.chance(0.5) ? secondary : primary;
      if (introducer?.email) {
        thread.push({
          ms,
          from: personBox(rng, introducer),
          to: [me(), box],
          cc: [],
          subject: `Intro: ${owner.firstName} <> ${a.firstName} (${a.company})`,
          labels: 'Inbox,Important,Opened,Category Personal',
          body: `${owner.firstName}, meet ${a.firstName}, ${a.title} at ${a.company}. I think you two should talk.`,
          extra: [],
        });
        ms += rng.int(2, 30) * 3_600_000;
      }
      const messages = rng.int(1, 3);
      let ownerSends = introducer ? true : rng.chance(0.55);
      for (let m = 0; m < messages; m++) {
        const reply = thread.length > 0;
        const cc = introducer?.email && reply ? [personBox(rng, introducer)] : [];
        thread.push(
          ownerSends
            ? {
                ms,
                from: me(ownerAddress),
                to: [box],
                cc,
                subject: reply ? `Re: ${thread[0]?.subject ?? subject}` : subject,
                labels: 'Sent',
                body: rng.pick(BODIES),
                extra: [],
              }
            : {
                ms,
                from: box,
                to: [me(ownerAddress)],
                cc,
                subject: reply ? `Re: ${thread[0]?.subject ?? subject}` : subject,
                labels: rng.pick([
                  'Inbox,Opened,Category Personal',
                  'Archived,Opened,Category Personal',
                  'Important,Inbox,Opened',
                  isWork ? '"Job search, 2026",Opened,Inbox' : 'Inbox,Opened',
                ]),
                body: rng.chance(0.05)
                  ? `From what I heard, yes.\n${rng.pick(BODIES)}`
                  : rng.pick(BODIES),
                extra: [],
              },
        );
        ownerSends = !ownerSends;
        ms += rng.int(1, 72) * 3_600_000;
      }
      threads.push(thread);
    }
  }

  // Mail in the box that is no tie: the importer filters it and counts why.
  const colleagues = correspondents.filter((a) => a.isCurrentColleague);
  for (let i = 0; i < 24; i++) {
    threads.push([
      {
        ms: when(),
        from: { name: 'The Weekly Brief', address: 'digest@news.example' },
        to: [me()],
        cc: [],
        subject: `This week in ${rng.pick(world.track.topics)}`,
        labels: 'Inbox,Category Promotions',
        body: 'Read online.',
        extra: ['List-Unsubscribe: <mailto:unsubscribe@news.example>', 'Precedence: bulk'],
      },
    ]);
  }
  for (let i = 0; i < 12; i++) {
    threads.push([
      {
        ms: when(),
        from: { name: 'Job Alerts', address: 'jobs-noreply@jobs.example' },
        to: [me()],
        cc: [],
        subject: `New jobs for ${rng.pick(world.track.targetTitles)}`,
        labels: 'Archived,Category Updates',
        body: 'See the new jobs.',
        extra: [],
      },
    ]);
  }
  for (let i = 0; i < 10 && colleagues.length > 0; i++) {
    const organiser = rng.pick(colleagues);
    threads.push([
      {
        ms: when(),
        from: {
          name: `${organiser.firstName} ${organiser.surname} (Google Calendar)`,
          address: 'calendar-notification@google.com',
        },
        to: [me()],
        cc: [],
        subject: `=?UTF-8?Q?Invitation:_Team_sync_@_Weekly_from_10am_to_10:30am?=\r\n\t=?UTF-8?Q?_(${organiser.firstName})?=`,
        labels: 'Inbox,Opened,Category Updates',
        body: 'Invitation from Google Calendar.',
        extra: ['Sender: Google Calendar <calendar-notification@google.com>'],
      },
    ]);
  }
  for (let i = 0; i < 4; i++) {
    threads.push([
      {
        ms: when(),
        from: { name: 'Prize Desk', address: 'winner@prize.example' },
        to: [me()],
        cc: [],
        subject: 'You have won!',
        labels: 'Spam,Unread',
        body: 'Click here.',
        extra: [],
      },
    ]);
  }
  // One localised, RFC 2047-encoded label header (docs/formats.md section 5, stalwartlabs/vandelay #7).
  const encodedLabel = '=?UTF-8?Q?Inbox,Opened,Bewerbungen_=C3=9Cbersicht?=';
  const tagged = threads.find((t) => t.length > 1 && t[0]?.labels.startsWith('Inbox'));
  if (tagged?.[0]) tagged[0].labels = encodedLabel;

  threads.sort((a, b) => (a[0]?.ms ?? 0) - (b[0]?.ms ?? 0));
  const out: string[] = [];
  for (const thread of threads) {
    const threadId = decimalId(rng);
    const ids: string[] = [];
    for (const mail of thread) {
      const id = messageId(rng);
      const isOwner = mail.labels === 'Sent';
      const headers = [
        `From ${decimalId(rng)}@xxx ${separatorDate(mail.ms)}`,
        `X-GM-THRID: ${threadId}`,
        `X-Gmail-Labels: ${mail.labels}`,
        ...(isOwner ? [] : [`Delivered-To: ${mail.to[0]?.address ?? primary}`]),
        'MIME-Version: 1.0',
        `Date: ${formatDate(mail.ms, isOwner ? offset : 0)}`,
        `Message-ID: ${id}`,
        ...(ids.length > 0
          ? [`In-Reply-To: ${ids[ids.length - 1] ?? ''}`, `References: ${ids.join(' ')}`]
          : []),
        `Subject: ${mail.subject}`,
        `From: ${formatMailbox(mail.from)}`,
        `To: ${mail.to.map(formatMailbox).join(', ')}`,
        ...(mail.cc.length > 0 ? [`Cc: ${mail.cc.map(formatMailbox).join(', ')}`] : []),
        ...mail.extra,
        'Content-Type: text/plain; charset="UTF-8"',
        'Content-Transfer-Encoding: 7bit',
      ];
      ids.push(id);
      // Body lines starting "From " are quoted in an mbox (docs/formats.md section 5).
      const body = mail.body
        .split('\n')
        .map((line) => (line.startsWith('From ') ? `>${line}` : line));
      out.push([...headers, '', ...body, '', ''].join('\r\n'));
    }
  }
  return Buffer.from(out.join(''), 'utf8');
}
