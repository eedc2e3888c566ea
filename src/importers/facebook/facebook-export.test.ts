import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type {
  ContactRecord,
  ImportBatch,
  InvitationRecord,
  MessageRecord,
} from '../import-batch.js';
import { parseFacebookFiles, type FacebookFile, type FacebookOptions } from './facebook-export.js';
import { looksLikeFacebookJson } from './facebook-file-kind.js';
import { repairMojibake } from './repair-mojibake.js';

function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}

/** A fixture placed at the path it has inside a real export. */
function at(path: string, fixtureName: string): FacebookFile {
  return { name: path, bytes: fixture(fixtureName) };
}

function parse(files: FacebookFile[], options: FacebookOptions = {}): ImportBatch {
  return parseFacebookFiles(files, options);
}

function messages(batch: ImportBatch): MessageRecord[] {
  return batch.records.filter((r): r is MessageRecord => r.kind === 'message');
}

function lines(batch: ImportBatch): string[] {
  return messages(batch).map((m) => {
    const who = m.from?.fullName ?? 'me';
    const to = m.to.map((p) => p.fullName).join('+');
    return `${m.sentAt} ${who} -> ${to || '(nobody else)'}: ${m.content ?? (m.hasAttachment ? '[attachment]' : '[no text]')}`;
  });
}

const GROUP = at(
  'messages/inbox/wordlescores_9qotabreig/message_1.json',
  'facebook-2022-group-thread.json',
);
const SPLIT = [
  at(
    'messages/inbox/jonasbrandt_4k2lq9x8aa/message_1.json',
    'facebook-2022-newest-first-message_1.json',
  ),
  at(
    'messages/inbox/jonasbrandt_4k2lq9x8aa/message_2.json',
    'facebook-2022-newest-first-message_2.json',
  ),
];

describe('parseFacebookFiles: threads', () => {
  it('reads a 2022 group thread: system joins left out, shares, photos and unsent messages kept', () => {
    const batch = parse([GROUP], { ownerName: 'Cora Diaz' });
    expect(lines(batch)).toEqual([
      '2022-04-15T09:00:00Z Ben Ott -> Ana Lima: Wordle 301 3/6',
      '2022-04-15T08:30:00Z me -> Ana Lima+Ben Ott: https://example.com/wordle',
      '2022-04-15T08:00:00Z Ana Lima -> Ben Ott: [attachment]',
      '2022-04-14T20:00:00Z Ben Ott -> Ana Lima: [no text]',
      '2022-04-14T18:00:00Z Ana Lima -> Ben Ott: Ana named the group Wordle scores.',
    ]);
    expect(messages(batch)[1]?.direction).toBe('out');
    expect(messages(batch)[0]?.conversationTitle).toBe('Wordle scores');
    expect(batch.files[0]).toEqual({
      file: 'messages/inbox/wordlescores_9qotabreig/message_1.json',
      kind: 'facebook-thread',
      rows: 5,
      skipped: { 'joined or left the group': 1 },
    });
  });

  it('merges a thread split over message_1.json and message_2.json (newest first) into one conversation', () => {
    const batch = parse(SPLIT);
    expect(new Set(messages(batch).map((m) => m.conversationKey))).toEqual(
      new Set(['jonasbrandt_4k2lq9x8aa']),
    );
    expect(
      messages(batch)
        .map((m) => m.sentAt)
        .sort(),
    ).toEqual([
      '2020-03-01T08:00:00Z',
      '2021-12-24T11:00:00Z',
      '2021-12-24T12:00:00Z',
      '2022-06-01T16:45:00Z',
      '2022-06-02T10:00:00Z',
    ]);
    // The one-to-one thread is titled with the other person's name, so Cora is the owner.
    expect(messages(batch).filter((m) => m.direction === 'out')).toHaveLength(3);
    const info = batch.issues.find((i) => i.code === 'owner-inferred');
    expect(info?.severity).toBe('info');
    expect(info?.message).toContain('Cora Diaz');
  });

  it('repairs mojibake in the 2026 schema and leaves out the participant with an empty name', () => {
    const batch = parse([
      at(
        'your_facebook_activity/messages/inbox/1234567890123456/message_1.json',
        'facebook-2026-mojibake-name.json',
      ),
      at(
        'your_facebook_activity/personal_information/profile_information/profile_information.json',
        'facebook-profile-information.json',
      ),
    ]);
    expect(lines(batch)).toEqual([
      '2026-01-10T07:30:00Z Hoàng Minh -> (nobody else): Chào bạn 😆',
      '2026-01-10T07:00:00Z me -> Hoàng Minh: Xin chào Hoàng!',
    ]);
    const [first] = messages(batch);
    expect(first?.conversationKey).toBe('1234567890123456');
    expect(first?.conversationTitle).toBe('Hoàng Minh');
    expect(batch.files[0]?.skipped).toEqual({
      'participant without a name': 1,
      'message without a sender name': 1,
    });
    expect(batch.issues.find((i) => i.code === 'owner-inferred')?.message).toContain('profile');
  });

  it('reads the 2024 path generation and keeps a thread the same conversation after it is archived', () => {
    const archived = at(
      'your_activity_across_facebook/messages/archived_threads/lenavogt_8x7c6v5b4n/message_1.json',
      'facebook-2024-archived-thread.json',
    );
    const olderInbox: FacebookFile = {
      name: 'messages/inbox/lenavogt_8x7c6v5b4n/message_1.json',
      bytes: new TextEncoder().encode(
        new TextDecoder()
          .decode(archived.bytes)
          .replace('archived_threads/lenavogt', 'inbox/lenavogt'),
      ),
    };
    const batch = parse([archived, olderInbox], { ownerName: 'Cora Diaz' });
    expect(messages(batch).map((m) => [m.conversationKey, m.folder])).toEqual([
      ['lenavogt_8x7c6v5b4n', 'archived_threads'],
      ['lenavogt_8x7c6v5b4n', 'archived_threads'],
    ]);
  });

  it('takes the section and thread from the path when thread_path is missing (message requests)', () => {
    const batch = parse(
      [
        at(
          'your_facebook_activity/messages/message_requests/samporter_1a2b3c/message_1.json',
          'facebook-message-request-without-thread-path.json',
        ),
      ],
      { ownerName: 'Cora Diaz' },
    );
    expect(messages(batch).map((m) => [m.conversationKey, m.folder, m.from?.fullName])).toEqual([
      ['samporter_1a2b3c', 'message_requests', 'Sam Porter'],
    ]);
  });

  it('reads e2ee_cutover threads and the flat end-to-end encrypted download', () => {
    const batch = parse(
      [
        at(
          'your_facebook_activity/messages/e2ee_cutover/miakeller_2b3n4m5q6w/message_1.json',
          'facebook-e2ee-cutover-thread.json',
        ),
        at('messages/Hoàng Minh_1.json', 'facebook-e2ee-flat-export.json'),
      ],
      { ownerName: 'Cora Diaz' },
    );
    expect(messages(batch).map((m) => [m.conversationKey, m.folder, m.direction])).toEqual([
      ['miakeller_2b3n4m5q6w', 'e2ee_cutover', 'in'],
      ['e2ee/Hoàng Minh_1', 'e2ee', 'out'],
      ['e2ee/Hoàng Minh_1', 'e2ee', 'in'],
    ]);
    expect(lines(batch).slice(1)).toEqual([
      '2025-03-03T10:00:00Z me -> Hoàng Minh: Ready for the call?',
      '2025-03-03T10:05:00Z Hoàng Minh -> (nobody else): [attachment]',
    ]);
  });

  it('infers the owner as the one participant of every conversation', () => {
    const batch = parse([
      GROUP,
      ...SPLIT,
      at('messages/archived_threads/x/message_1.json', 'facebook-2024-archived-thread.json'),
    ]);
    expect(batch.issues.find((i) => i.code === 'owner-inferred')?.message).toBe(
      'took Cora Diaz to be you: Cora Diaz is in all 3 conversations.',
    );
  });

  it('warns when nothing tells which participant is the owner', () => {
    const batch = parse([GROUP]);
    expect(messages(batch).every((m) => m.direction === 'in')).toBe(true);
    expect(batch.issues.find((i) => i.code === 'ambiguous-owner')?.severity).toBe('warning');
  });
});

describe('parseFacebookFiles: friends and requests', () => {
  it('reads old friends.json as contacts, with the date and an email from contact_info', () => {
    const batch = parse([at('friends/friends.json', 'facebook-friends-old.json')]);
    expect(batch.records as ContactRecord[]).toEqual([
      {
        kind: 'contact',
        source: { file: 'friends/friends.json', line: 1 },
        person: { fullName: 'Lena Vogt' },
        book: 'facebook-friends',
        createdAt: '2010-01-01T00:00:00Z',
      },
      {
        kind: 'contact',
        source: { file: 'friends/friends.json', line: 2 },
        person: { fullName: 'Ben Ott', emails: ['ben.ott@example.com'] },
        book: 'facebook-friends',
        createdAt: '2015-07-04T12:30:00Z',
      },
    ]);
  });

  it('reads friends_v2 with repaired names, removed friends, and friend requests both ways', () => {
    const batch = parse([
      at('connections/friends/your_friends.json', 'facebook-your-friends-v2.json'),
      at('connections/friends/removed_friends.json', 'facebook-removed-friends-v2.json'),
      at('connections/friends/sent_friend_requests.json', 'facebook-sent-friend-requests-v2.json'),
      at(
        'connections/friends/received_friend_requests.json',
        'facebook-received-friend-requests-v2.json',
      ),
    ]);
    const contacts = batch.records.filter((r): r is ContactRecord => r.kind === 'contact');
    expect(contacts.map((c) => [c.person.fullName, c.book, c.createdAt])).toEqual([
      ['Zoë Park', 'facebook-friends', '2024-01-01T00:00:00Z'],
      ['Sam Porter', 'facebook-friends', '2025-05-06T18:00:00Z'],
      ['Ivo Petrov', 'facebook-removed-friends', '2023-03-03T03:03:03Z'],
    ]);
    const invitations = batch.records.filter((r): r is InvitationRecord => r.kind === 'invitation');
    expect(invitations.map((i) => [i.person.fullName, i.direction, i.sentAt])).toEqual([
      ['Riley Chen', 'out', '2025-09-09T09:09:09Z'],
      ['Sofía Ramírez', 'in', '2025-10-10T10:10:10Z'],
    ]);
    expect(batch.files.map((f) => [f.kind, f.rows])).toEqual([
      ['facebook-friends', 2],
      ['facebook-removed-friends', 1],
      ['facebook-sent-requests', 1],
      ['facebook-received-requests', 1],
    ]);
    expect(batch.files[0]?.skipped).toEqual({ 'entry without a name': 1 });
  });
});

describe('parseFacebookFiles: bad input', () => {
  it('reports a truncated file and still reads the others', () => {
    const batch = parse(
      [at('messages/inbox/a_1/message_1.json', 'facebook-truncated-thread.json'), GROUP],
      { ownerName: 'Cora Diaz' },
    );
    expect(messages(batch)).toHaveLength(5);
    expect(batch.issues).toContainEqual(
      expect.objectContaining({
        code: 'not-json',
        file: 'messages/inbox/a_1/message_1.json',
        severity: 'error',
      }),
    );
  });

  it('lists a JSON file of another kind as skipped', () => {
    const batch = parse([
      {
        name: 'ads/advertisers.json',
        bytes: new TextEncoder().encode('{"custom_audiences_v2": []}'),
      },
    ]);
    expect(batch.files).toEqual([
      { file: 'ads/advertisers.json', kind: 'skipped', rows: 0, skipped: {} },
    ]);
    expect(batch.issues).toEqual([]);
  });

  it('leaves out a message with an impossible timestamp, with its number', () => {
    const json =
      '{"participants":[{"name":"A"},{"name":"B"}],"messages":[{"sender_name":"A","timestamp_ms":"soon"},{"sender_name":"B","timestamp_ms":1650000000000}],"thread_path":"inbox/ab_1"}';
    const batch = parse([{ name: 'message_1.json', bytes: new TextEncoder().encode(json) }], {
      ownerName: 'B',
    });
    expect(lines(batch)).toEqual(['2022-04-15T05:20:00Z me -> A: [no text]']);
    expect(batch.issues).toContainEqual(expect.objectContaining({ code: 'bad-date', line: 1 }));
  });
});

describe('repairMojibake', () => {
  it('repairs UTF-8 bytes written one per \\u00XX, including emoji', () => {
    expect(repairMojibake('Ho\u00c3\u00a0ng')).toBe('Hoàng');
    expect(repairMojibake('\u00f0\u009f\u0098\u0086')).toBe('😆');
  });

  it('leaves correct text alone', () => {
    expect(repairMojibake('Zoë')).toBe('Zoë');
    expect(repairMojibake('Łódź')).toBe('Łódź');
    expect(repairMojibake('plain')).toBe('plain');
  });
});

describe('looksLikeFacebookJson', () => {
  it('recognises thread and friends files from their head or their parsed keys', () => {
    expect(looksLikeFacebookJson('{\n  "participants": [\n    {\n      "name": "A')).toBe(true);
    expect(looksLikeFacebookJson('{\n  "friends_v2": [')).toBe(true);
    expect(looksLikeFacebookJson('{"friends": [{"name": "Lena Vogt", "timestamp": 1}]}')).toBe(
      true,
    );
    expect(looksLikeFacebookJson({ received_requests_v2: [] })).toBe(true);
  });

  it('rejects other JSON and other text', () => {
    expect(looksLikeFacebookJson('{"custom_audiences_v2": []}')).toBe(false);
    expect(looksLikeFacebookJson('[{"participants": 1}]')).toBe(false);
    expect(looksLikeFacebookJson('First Name,Last Name\n')).toBe(false);
    expect(looksLikeFacebookJson({ participants: 'x' })).toBe(false);
    expect(looksLikeFacebookJson(null)).toBe(false);
  });
});
