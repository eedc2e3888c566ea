/**
 * Mail that says nothing about a tie between two people is left out of tie data and counted
 * per reason (docs/formats.md recommendations 5; brief of issue 6): spam and trash, drafts, Google
 * Calendar's robot (`Sender: calendar-notification@google.com`; the meeting itself comes from
 * the .ics importer), no-reply senders, mailing lists (List-Id, List-Unsubscribe, List-Post,
 * `Precedence: list`), bulk mail (`Precedence: bulk`/`junk`, Gmail's Promotions category) and
 * machine-written replies (`Auto-Submitted`, RFC 3834).
 */
import type { LabelFlags } from './gmail-labels.js';
import type { MailHeaders } from './mail-headers.js';

export type FilterReason =
  | 'spam'
  | 'trash'
  | 'draft'
  | 'calendar robot'
  | 'no-reply sender'
  | 'mailing list'
  | 'bulk mail'
  | 'automatic reply';

const CALENDAR_ROBOT =
  /^calendar-notification@google\.com$|@calendar-server\.bounces\.google\.com$|^calendar-noreply@/i;
// Local parts of senders nobody can answer (design choice: the common spellings, not a guess at every robot).
const NO_REPLY_LOCAL =
  /(?:^|[._+-])(?:no[._-]?reply|do[._-]?not[._-]?reply|noreply|donotreply)(?:$|[._+-])|^(?:mailer-daemon|postmaster|bounces?|notifications?)(?:$|\+)/i;

function localPart(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? address : address.slice(0, at);
}

export function filterReason(
  headers: MailHeaders,
  labels: LabelFlags,
  senders: readonly string[],
): FilterReason | undefined {
  if (labels.isSpam) return 'spam';
  if (labels.isTrash) return 'trash';
  if (labels.isDraft) return 'draft';
  if (senders.some((address) => CALENDAR_ROBOT.test(address))) return 'calendar robot';
  if (senders.some((address) => NO_REPLY_LOCAL.test(localPart(address)))) return 'no-reply sender';
  const precedence = headers.precedence?.toLowerCase() ?? '';
  if (
    headers.listId !== undefined ||
    headers.listUnsubscribe !== undefined ||
    headers.listPost !== undefined ||
    precedence === 'list'
  ) {
    return 'mailing list';
  }
  if (precedence === 'bulk' || precedence === 'junk' || labels.isPromotions) return 'bulk mail';
  const auto = headers.autoSubmitted?.trim().toLowerCase();
  if (auto !== undefined && auto !== '' && !auto.startsWith('no')) return 'automatic reply';
  return undefined;
}
