/**
 * messages.csv in the 2024 layout (docs/formats.md section 1): draft columns at the end, dates like
 * `2024-12-16 18:24:37 UTC`, TO and RECIPIENT PROFILE URLS joined with `,` (names keep their own
 * commas: `Ana Ruiz, Ph.D.,Tom Berg`), conversations with the latest activity first and each
 * conversation's messages newest first.
 */
import type { Conversation } from './conversations.js';
import { encodeCsvLines, formatCsvField, formatCsvLine } from './csv-text.js';
import { formatMessageDate } from './linkedin-dates.js';

export const MESSAGES_HEADER = [
  'CONVERSATION ID',
  'CONVERSATION TITLE',
  'FROM',
  'SENDER PROFILE URL',
  'TO',
  'RECIPIENT PROFILE URLS',
  'DATE',
  'SUBJECT',
  'CONTENT',
  'FOLDER',
  'IS MESSAGE DRAFT',
  'IS CONVERSATION DRAFT',
] as const;

function lastSent(conversation: Conversation): number {
  return conversation.messages.reduce((latest, m) => Math.max(latest, m.sentMs), 0);
}

/**
 * Lines rather than rows: the fields shared by a conversation's messages (id, title, names,
 * URLs, folder) are escaped once per conversation, which keeps 200,000 rows fast.
 */
function* messageLines(conversations: readonly Conversation[]): Generator<string> {
  yield formatCsvLine(MESSAGES_HEADER);
  const ordered = conversations
    .map((conversation) => ({ conversation, latest: lastSent(conversation) }))
    .sort((a, b) => b.latest - a.latest || (a.conversation.id < b.conversation.id ? -1 : 1));
  for (const { conversation } of ordered) {
    const { participants } = conversation;
    const head = `${formatCsvField(conversation.id)},${formatCsvField(conversation.title)},`;
    const tail = `,${conversation.folder},`;
    const conversationDraft = conversation.isDraftOnly ? 'Yes' : 'No';
    // FROM, SENDER PROFILE URL, TO, RECIPIENT PROFILE URLS for each possible sender.
    const people: string[] = [];
    for (let sender = 0; sender < participants.length; sender++) {
      let names = '';
      let urls = '';
      for (let i = 0; i < participants.length; i++) {
        const other = participants[i];
        if (i === sender || !other) continue;
        names += names === '' ? other.name : `,${other.name}`;
        urls += urls === '' ? other.url : `,${other.url}`;
      }
      const self = participants[sender];
      people.push(
        `${formatCsvField(self?.name ?? '')},${formatCsvField(self?.url ?? '')},${formatCsvField(names)},${formatCsvField(urls)}`,
      );
    }
    // Messages are kept oldest first (drafts come last), so newest first is a reverse walk.
    const { messages } = conversation;
    for (let m = messages.length - 1; m >= 0; m--) {
      const message = messages[m];
      const who = message ? people[message.sender] : undefined;
      if (!message || who === undefined) continue;
      yield `${head}${who},${formatMessageDate(message.sentMs)},${formatCsvField(message.subject)},${formatCsvField(message.content)}${tail}${message.isDraft ? 'Yes' : 'No'},${conversationDraft}`;
    }
  }
}

export function encodeMessagesCsv(conversations: readonly Conversation[]): Buffer {
  return encodeCsvLines(messageLines(conversations));
}
