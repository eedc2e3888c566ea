/**
 * A synthetic Google Takeout mbox of any size, for measuring the mail importer (docs/formats.md
 * section 5): `From <id>@xxx <asctime>` separators, CRLF, X-GM-THRID and X-Gmail-Labels (some
 * RFC 2047 encoded, some with a quoted comma), Gmail-sized header blocks (Received, ARC, DKIM),
 * RFC 2047 display names, quoted names with commas, replies with References, `>From ` quoting,
 * base64 attachments, newsletters with List-Unsubscribe, and a little spam. Every name and
 * address is invented (example.com and friends). One seed gives the same bytes every time.
 *
 * The mix is a design choice shaped like a real personal mailbox: most messages are a few KB of
 * text, about one in five carries an attachment of 20-600 KB, so the mean is several tens of KB.
 */
import { inventName } from '../names.js';
import { createRng, type Rng } from '../rng.js';

export interface SyntheticMboxOptions {
  seed: number;
  /** Stop after the first message that brings the output to this many bytes. */
  targetBytes: number;
  /** Takeout writes CRLF (reported); LF is there for testing the other case. */
  lineEnding?: '\r\n' | '\n';
}

const DOMAINS = [
  'example.com',
  'example.org',
  'example.net',
  'mail.example.com',
  'corp.example.org',
];
const WORDS = (
  'the a to of and in for on with at by from about as into like through after over between out against during without ' +
  'before under around among project meeting interview role team offer salary referral coffee deadline review design ' +
  'launch customer research hiring manager recruiter plan update quarter budget notes draft slides contract call ' +
  'tomorrow monday friday week month thanks great sounds good let me know attached please see below best regards'
).split(' ');
const SUBJECTS = [
  'Quick question',
  'Coffee next week?',
  'Intro',
  'Referral',
  'Slides for Thursday',
  'Interview follow-up',
  'Catching up',
  'Offer details',
  'Reading list',
  'Project update',
];
const LABEL_SETS = [
  'Inbox,Opened,Category Personal',
  'Inbox,Important,Opened',
  'Archived,Opened',
  'Inbox,Opened,"Clients, North"',
  '=?UTF-8?Q?Inbox,=C3=85pnet,friends?=',
  'Inbox,Unread',
];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

interface Person {
  name: string;
  address: string;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function encodeName(name: string): string {
  if (/^[\x20-\x7e]*$/.test(name))
    return /[,;:"()<>@]/.test(name) ? `"${name.replace(/"/g, '\\"')}"` : name;
  return `=?UTF-8?B?${Buffer.from(name, 'utf8').toString('base64')}?=`;
}

function mailbox(person: Person): string {
  return `${encodeName(person.name)} <${person.address}>`;
}

function invent(rng: Rng, index: number): Person {
  const name = inventName(rng);
  const local = `${name.firstName}.${name.surname}`
    .normalize('NFKD')
    .replace(/[^A-Za-z.]/g, '')
    .toLowerCase();
  return {
    name: `${name.firstName} ${name.lastName}`,
    address: `${local || 'person'}${index}@${rng.pick(DOMAINS)}`,
  };
}

/** Pools sliced at random offsets, so megabytes of body cost no per-byte randomness. */
function makePools(rng: Rng, eol: string): { text: string; base64: string } {
  const textLines: string[] = [];
  for (let i = 0; i < 4000; i++) {
    const words: string[] = [];
    const count = rng.int(6, 14);
    for (let w = 0; w < count; w++) words.push(rng.pick(WORDS));
    let line = words.join(' ');
    if (rng.chance(0.01)) line = `>From ${line}`;
    textLines.push(line);
  }
  const base64Lines: string[] = [];
  for (let i = 0; i < 16_000; i++) {
    let line = '';
    for (let c = 0; c < 76; c++) line += BASE64[rng.int(0, 63)];
    base64Lines.push(line);
  }
  return { text: textLines.join(eol) + eol, base64: base64Lines.join(eol) + eol };
}

function slice(pool: string, rng: Rng, bytes: number, eol: string): string {
  const start = rng.int(0, Math.max(0, pool.length - bytes - 1));
  const lineStart = pool.indexOf(eol, start);
  const from = lineStart === -1 ? 0 : lineStart + eol.length;
  const to = pool.indexOf(eol, Math.min(pool.length - 1, from + bytes));
  return pool.slice(from, to === -1 ? pool.length : to + eol.length);
}

function gmailHeaders(rng: Rng, owner: Person, when: Date): string[] {
  const stamp = when.toUTCString().replace('GMT', '+0000');
  const hex = (length: number): string =>
    Array.from({ length }, () => BASE64[rng.int(0, 63)]).join('');
  return [
    `Delivered-To: ${owner.address}`,
    `Received: by 2002:a05:6a10:${rng.int(1000, 9999)} with SMTP id ${hex(12)};`,
    `        ${stamp}`,
    `X-Google-Smtp-Source: ${hex(88)}`,
    `X-Received: by 2002:a17:90b:${rng.int(1000, 9999)} with SMTP id ${hex(12)}.${rng.int(10, 99)};`,
    `        ${stamp}`,
    `ARC-Seal: i=1; a=rsa-sha256; t=${Math.floor(when.getTime() / 1000)}; cv=none;`,
    `        d=google.com; s=arc-20160816;`,
    `        b=${hex(70)}`,
    `         ${hex(70)}`,
    `         ${hex(70)}`,
    `ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20160816;`,
    `        h=to:subject:message-id:date:from:mime-version:dkim-signature;`,
    `        bh=${hex(44)};`,
    `        b=${hex(70)}`,
    `         ${hex(70)}`,
    `ARC-Authentication-Results: i=1; mx.google.com;`,
    `       dkim=pass header.i=@example.com header.s=s1 header.b=${hex(8)};`,
    `       spf=pass (google.com: domain of sender designates 192.0.2.${rng.int(1, 254)} as permitted sender)`,
    `Return-Path: <bounce-${hex(10)}@example.com>`,
    `Received: from mail-sor-f41.example.com (mail-sor-f41.example.com. [192.0.2.${rng.int(1, 254)}])`,
    `        by mx.google.com with SMTPS id ${hex(12)};`,
    `        ${stamp}`,
    `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=s1;`,
    `        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject;`,
    `        bh=${hex(44)};`,
    `        b=${hex(70)}`,
    `         ${hex(70)}`,
  ];
}

function asctime(when: Date): string {
  return `${DAYS[when.getUTCDay()]} ${MONTHS[when.getUTCMonth()]} ${pad(when.getUTCDate())} ${pad(when.getUTCHours())}:${pad(when.getUTCMinutes())}:${pad(when.getUTCSeconds())} +0000 ${when.getUTCFullYear()}`;
}

interface Thread {
  id: string;
  subject: string;
  root: string;
  last: string;
  people: Person[];
}

/** Yields the mbox one message at a time, as bytes. */
export async function* generateSyntheticMbox(
  options: SyntheticMboxOptions,
): AsyncGenerator<Uint8Array> {
  const eol = options.lineEnding ?? '\r\n';
  const rng = createRng(options.seed);
  const pools = makePools(rng, eol);
  const owner: Person = { name: 'Cora Diaz', address: 'cora.diaz@example.com' };
  const contacts = Array.from({ length: 400 }, (_, i) => invent(rng, i));
  const threads: Thread[] = [];
  let written = 0;
  let clock = Date.UTC(2019, 0, 1);
  let sequence = 0;
  while (written < options.targetBytes) {
    sequence += 1;
    clock += rng.int(60_000, 12 * 3600_000);
    const when = new Date(clock);
    const gmailId = `${1_650_000_000_000_000_000n + BigInt(sequence) * 7919n}`;
    const messageId = `<msg-${sequence}-${rng.int(1e5, 9e5)}@mail.example.com>`;
    const roll = rng.next();
    const headers = [`X-GM-THRID: ${gmailId}`];
    let body: string;
    if (roll < 0.12) {
      // A newsletter: HTML with List-Unsubscribe.
      headers.push(
        'X-Gmail-Labels: Inbox,Category Promotions',
        ...gmailHeaders(rng, owner, when),
        `From: News <news@shop${rng.int(1, 40)}.example.net>`,
        `To: ${owner.address}`,
        `List-Unsubscribe: <mailto:unsubscribe@shop.example.net?subject=${sequence}>`,
        `Subject: Offers of the week ${sequence}`,
        `Date: ${when.toUTCString().replace('GMT', '+0000')}`,
        `Message-ID: ${messageId}`,
        'MIME-Version: 1.0',
        'Content-Type: text/html; charset=UTF-8',
      );
      body = `<html><body>${eol}${slice(pools.text, rng, rng.int(20_000, 60_000), eol)}</body></html>${eol}`;
    } else {
      const isReply = threads.length > 0 && rng.chance(0.45);
      const thread: Thread = isReply
        ? rng.pick(threads)
        : {
            id: gmailId,
            subject: rng.pick(SUBJECTS),
            root: messageId,
            last: messageId,
            people: [rng.pick(contacts)],
          };
      if (!isReply) {
        if (rng.chance(0.2)) thread.people.push(rng.pick(contacts));
        threads.push(thread);
        if (threads.length > 300) threads.shift();
      }
      headers[0] = `X-GM-THRID: ${thread.id}`;
      const fromOwner = rng.chance(0.4);
      const sender = fromOwner ? owner : (thread.people[0] ?? owner);
      const recipients = fromOwner ? thread.people : [owner, ...thread.people.slice(1)];
      const spam = !fromOwner && rng.chance(0.02);
      headers.push(
        `X-Gmail-Labels: ${fromOwner ? 'Sent,Opened' : spam ? 'Spam' : rng.pick(LABEL_SETS)}`,
        ...gmailHeaders(rng, owner, when),
        `From: ${mailbox(sender)}`,
        `To: ${recipients.map(mailbox).join(`,${eol} `)}`,
        `Subject: ${isReply ? 'Re: ' : ''}${thread.subject}`,
        `Date: ${when.toUTCString().replace('GMT', '+0000')}`,
        `Message-ID: ${messageId}`,
      );
      if (isReply)
        headers.push(
          `In-Reply-To: ${thread.last}`,
          `References: ${thread.root}${thread.last === thread.root ? '' : ` ${thread.last}`}`,
        );
      thread.last = messageId;
      const text = slice(pools.text, rng, rng.int(500, 8000), eol);
      if (rng.chance(0.2)) {
        const boundary = `000000000000${sequence.toString(16)}`;
        headers.push('MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${boundary}"`);
        body = [
          `--${boundary}`,
          'Content-Type: text/plain; charset="UTF-8"',
          '',
          text,
          `--${boundary}`,
          `Content-Type: application/pdf; name="document-${sequence}.pdf"`,
          'Content-Transfer-Encoding: base64',
          '',
          slice(pools.base64, rng, rng.int(20_000, 600_000), eol),
          `--${boundary}--`,
          '',
        ].join(eol);
      } else {
        headers.push('MIME-Version: 1.0', 'Content-Type: text/plain; charset="UTF-8"');
        body = text;
      }
    }
    const message = `From ${gmailId}@xxx ${asctime(when)}${eol}${headers.join(eol)}${eol}${eol}${body}${eol}`;
    const bytes = Buffer.from(message, 'utf8');
    written += bytes.length;
    yield bytes;
  }
}
