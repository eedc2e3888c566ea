import { AppError } from '../../core/app-error.js';
import { describePerson, type PersonDetail } from '../../services/people-queries.js';
import type { Command } from '../cli-context.js';
import { safeText } from '../terminal-text.js';

export const personCommand: Command = {
  name: 'person',
  summary: 'show one person: identities, connection, messages, signals',
  usage: 'weakties person <id | profile URL | email | name>',
  options: {},
  async run(ctx) {
    const query = ctx.positionals.join(' ').trim();
    if (!query)
      throw new AppError('usage', 'name the person: an id, a profile URL, an email or a name');
    const store = await ctx.openStore();
    const person = await describePerson(store, query);
    if (ctx.json) ctx.printJson(person);
    else ctx.print(renderPerson(person));
  },
};

function renderPerson(p: PersonDetail): string {
  const lines: string[] = [];
  const job = [p.title, p.company].filter(Boolean).join(' at ');
  lines.push(
    `${safeText(p.displayName)}${p.credentials ? `, ${safeText(p.credentials)}` : ''}  (#${p.id})`,
  );
  if (job) lines.push(safeText(job));
  if (p.profileLink) lines.push(safeText(p.profileLink));
  lines.push('');
  if (p.connection) {
    lines.push(`Connected on ${p.connection.connectedOn || 'an unknown date'}`);
  } else {
    lines.push('Not a LinkedIn connection');
  }
  for (const c of p.changes) {
    lines.push(
      `  ${c.observedOn}: ${c.field} changed from "${safeText(c.oldValue)}" to "${safeText(c.newValue)}"`,
    );
  }
  const m = p.messages;
  if (m.sent + m.received > 0) {
    lines.push(
      `Messages: ${m.sent} sent, ${m.received} received in ${m.conversations} conversation(s), ${m.firstAt?.slice(0, 10)} to ${m.lastAt?.slice(0, 10)}`,
    );
  } else {
    lines.push('Messages: none');
  }
  if (p.invitations.length > 0) {
    lines.push(
      `Invitations: ${p.invitations.map((i) => `${i.direction === 'out' ? 'you invited them' : 'they invited you'} ${i.sentAt.slice(0, 10)}${i.note ? ' (with a note)' : ''}`).join('; ')}`,
    );
  }
  if (p.endorsements.length > 0) {
    lines.push(`Endorsed you for: ${p.endorsements.map((e) => safeText(e.skill)).join(', ')}`);
  }
  for (const r of p.recommendations) {
    lines.push(`Recommendation ${r.direction} ${r.createdAt.slice(0, 10)}`);
  }
  for (const c of p.contacts) lines.push(`In address book: ${safeText(c.book)}`);
  lines.push('', 'Known as (source, file:line):');
  for (const i of p.identities) {
    lines.push(
      `  ${i.kind.padEnd(12)} ${safeText(i.raw)}  (${i.source}, ${safeText(i.sourceFile)}:${i.sourceLine})`,
    );
  }
  return lines.join('\n');
}
