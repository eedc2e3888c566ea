import { AppError } from '../../core/app-error.js';
import { PLACEHOLDERS, SITUATIONS, SITUATION_RULES } from '../../core/outreach/templates.js';
import { addTemplate, listTemplates, showTemplate } from '../../services/outreach-insights.js';
import type { Command } from '../cli-context.js';
import { safeText } from '../terminal-text.js';

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export const templatesCommand: Command = {
  name: 'templates',
  summary: 'message templates for each situation of the method; add your own',
  usage:
    'weakties templates [list] | templates show <id> [--person P] | templates add <id> --situation S --text TEXT',
  details: `Situations: ${SITUATIONS.join(', ')}.
Placeholders: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}.`,
  options: { person: { type: 'string' }, situation: { type: 'string' }, text: { type: 'string' } },
  async run(ctx) {
    const [action = 'list', id] = ctx.positionals;
    const store = await ctx.openStore();
    if (action === 'list') {
      const templates = await listTemplates(store);
      if (ctx.json) ctx.printJson(templates);
      else {
        ctx.print(
          templates
            .map(
              (t) =>
                `${t.id.padEnd(28)} ${t.builtIn ? 'built-in' : 'yours   '}  ${SITUATION_RULES[t.situation].description}`,
            )
            .join('\n'),
        );
      }
      return;
    }
    if (!id) throw new AppError('usage', `name the template: weakties templates ${action} <id>`);
    if (action === 'show') {
      const person = text(ctx.values.person);
      const shown = await showTemplate(store, id, person ? { person } : {});
      if (ctx.json) {
        ctx.printJson(shown);
        return;
      }
      const lines = [
        `${shown.template.id} (${shown.template.builtIn ? 'built-in' : 'yours'}): ${shown.rules.description}`,
        `  ${safeText(shown.template.text)}`,
      ];
      if ('draft' in shown && shown.draft) {
        lines.push(
          '',
          `For ${safeText(shown.person.name)} (${[...shown.draft.text].length}/${shown.draft.maxLength}):`,
          `  ${safeText(shown.draft.text)}`,
        );
        for (const p of shown.draft.problems) lines.push(`  ✗ ${safeText(p.reason)}`);
        if (shown.draft.problems.length === 0) lines.push('  ✓ passes every check');
      }
      ctx.print(lines.join('\n'));
      return;
    }
    if (action === 'add') {
      const situation = text(ctx.values.situation);
      const body = text(ctx.values.text);
      if (!situation || !body)
        throw new AppError('usage', 'templates add <id> --situation S --text TEXT');
      const template = await addTemplate(store, id, situation, body);
      if (ctx.json) ctx.printJson(template);
      else ctx.print(`saved template ${template.id} for ${template.situation}`);
      return;
    }
    throw new AppError('usage', `unknown action "${action}": use list, show or add`);
  },
};
