import { suggestIntroductionsFor, triageReceived } from '../../services/outreach-insights.js';
import type { Command } from '../cli-context.js';
import { safeText } from '../terminal-text.js';

export const triageCommand: Command = {
  name: 'triage',
  summary: 'invitations received (accept, ask first, ignore) and introductions you could make',
  usage: 'weakties triage [--date D]',
  options: { date: { type: 'string' } },
  async run(ctx) {
    const store = await ctx.openStore();
    const day = typeof ctx.values.date === 'string' ? ctx.values.date : undefined;
    const [triage, intros] = [
      await triageReceived(store, day ? { day } : {}),
      await suggestIntroductionsFor(store, day ? { day } : {}),
    ];
    if (ctx.json) {
      ctx.printJson({ invitations: triage, introductions: intros });
      return;
    }
    const lines = [`Invitations waiting for you: ${triage.length}`];
    for (const t of triage) {
      const job = [t.invitation.title, t.invitation.company].filter(Boolean).join(' at ');
      lines.push(
        `  ${t.verdict.toUpperCase().padEnd(9)} ${safeText(t.invitation.name)}${job ? ` - ${safeText(job)}` : ''} (#${t.invitation.personId}, ${t.invitation.sentAt.slice(0, 10)})`,
      );
      lines.push(`            ${safeText(t.reason)}`);
    }
    lines.push(
      '',
      `Introductions you could make (giving earns the right to ask): ${intros.length}`,
    );
    for (const i of intros) {
      lines.push(
        `  ${safeText(i.a.name)} (#${i.a.personId}) <> ${safeText(i.b.name)} (#${i.b.personId})`,
      );
      lines.push(`            ${safeText(i.reason)}`);
    }
    ctx.print(lines.join('\n'));
  },
};
