import { describe, expect, it } from 'vitest';
import { checkDraft, type CheckCode } from './draft-checks.js';
import { defaultPacing } from './pacing.js';
import type { PipelineEntry } from './pipeline.js';
import { draftFor, placeholderValues } from './planner.js';
import {
  BUILT_IN_TEMPLATES,
  SITUATIONS,
  renderTemplate,
  solutionForms,
  solutionSentence,
  validateTemplate,
} from './templates.js';
import { eventFact } from './shared-facts.js';
import { TEST_GOALS, person } from './test-support/plan-fixtures.js';

// Demo-like people: names, companies and titles shaped like the demo generator's.
const demoPeople = [
  person(1, { name: 'Antoine Lemaire', company: 'Cinavia AI', title: 'VP Infrastructure' }),
  person(2, {
    name: 'Hina Kobayashi',
    company: 'Vance & Thorne Data',
    title: 'Executive Recruiter',
    isRecruiter: true,
  }),
  person(3, {
    name: 'Yuting Zhao',
    company: 'Harbor Peak Money',
    title: 'Senior Executive Assistant',
    commonGround: 'we worked together at Harbor Peak Money',
  }),
  person(4, { name: 'Seo-yeon Choi', company: 'Olira Data', title: 'Infrastructure Director' }),
];

const helped: PipelineEntry = {
  personId: '1',
  stage: 'helped',
  path: 'invite',
  since: '2026-11-02T10:00:00Z',
  activeStage: 'helped',
  help: 'referral',
  moves: [],
};

describe('built-in templates', () => {
  it('cover every situation of the method, several wordings for the common ones', () => {
    expect([...new Set(BUILT_IN_TEMPLATES.map((t) => t.situation))].sort()).toEqual(
      [...SITUATIONS].sort(),
    );
    for (const situation of ['welcome', 'invite-peer', 'reconnect', 'advice-request'] as const)
      expect(
        BUILT_IN_TEMPLATES.filter((t) => t.situation === situation).length,
      ).toBeGreaterThanOrEqual(6);
  });

  for (const template of BUILT_IN_TEMPLATES) {
    it(`${template.id} renders for demo people and passes its own checks`, () => {
      for (const base of demoPeople) {
        const p = { ...base, fact: eventFact('DevOpsDays Denver') };
        const values = placeholderValues(
          { ...p, commonGround: p.commonGround ?? 'we met at DevOpsDays Denver' },
          TEST_GOALS,
          helped,
          {
            lastMessageDay: '2026-11-03',
            unansweredMessages: 1,
            actionDays: new Map(),
          },
          'I start at Northwind Payments in January',
        );
        for (const account of ['free', 'premium'] as const) {
          const draft = draftFor(template, values, p, defaultPacing(account));
          expect(draft.text).not.toMatch(/\{/);
          expect(draft.problems, `${template.id} for ${p.name}: ${draft.text}`).toEqual([]);
        }
      }
    });
  }
});

describe('renderTemplate', () => {
  it('keeps a placeholder it has no value for, and flattens untrusted values to one line', () => {
    expect(renderTemplate('Hi {firstName} at {company}', { firstName: 'Ana\n\u202eEvil' })).toBe(
      'Hi Ana Evil at {company}',
    );
  });
});

describe('validateTemplate', () => {
  it('refuses unknown placeholders, bad ids and built-in ids', () => {
    expect(validateTemplate('mine', 'nurture', 'Hi {nickname}')[0]).toMatch(/unknown placeholder/);
    expect(validateTemplate('Bad Id', 'nurture', 'Hi {firstName}')[0]).toMatch(/template id/);
    expect(validateTemplate('nurture', 'nurture', 'Hi {firstName}')[0]).toMatch(/built-in/);
    expect(validateTemplate('mine', 'dance', 'Hi')[0]).toMatch(/situation/);
    expect(validateTemplate('mine', 'nurture', 'Hi {firstName} at {company}')).toEqual([]);
  });
});

describe('draft checks, each with a failing case', () => {
  const context = { maxLength: 200, requiresAsk: true, personalDetails: ['Cinavia AI'] };
  const codes = (text: string, ctx = context): CheckCode[] =>
    checkDraft(text, ctx).map((p) => p.code);
  const good = 'Hi Antoine, I admire your work at Cinavia AI. Would you be open to connecting?';

  it('passes a short, personal note with an ask', () => {
    expect(codes(good)).toEqual([]);
  });

  it('flags a note over the length limit with how much to cut', () => {
    const long = `${good} ${'x'.repeat(150)}`;
    const problems = checkDraft(long, context);
    expect(problems.map((p) => p.code)).toEqual(['too-long']);
    expect(problems[0]?.reason).toContain(`cut ${[...long].length - 200}`);
  });

  it('counts characters, not UTF-16 units (an emoji is one character)', () => {
    const text = `${good.slice(0, 60)}?`.padEnd(199, '.') + '🙂';
    expect([...text]).toHaveLength(200);
    expect(codes(text)).not.toContain('too-long');
  });

  it('flags an unfilled placeholder', () => {
    expect(codes('Hi {firstName}, I admire your work at Cinavia AI. Open to connecting?')).toEqual([
      'unfilled-placeholder',
    ]);
  });

  it('flags "pick your brain"', () => {
    expect(codes('Hi Antoine, could I pick your brain about Cinavia AI?')).toEqual([
      'generic-phrase',
    ]);
  });

  it('flags "I\'m looking for work" and "looking for a job" instead of the solution', () => {
    expect(codes("Hi Antoine, I'm looking for work at Cinavia AI. Can you help?")).toEqual([
      'generic-phrase',
    ]);
    expect(codes('Hi Antoine, looking for a job at Cinavia AI. Would you refer me?')).toEqual([
      'generic-phrase',
    ]);
  });

  it('does not flag "contemplating my next opportunity" (the method\'s own wording)', () => {
    expect(
      codes('Hi Antoine, I am contemplating my next opportunity near Cinavia AI. Open to a chat?'),
    ).toEqual([]);
  });

  it('flags a message with no specific ask', () => {
    expect(codes('Hi Antoine, I admire your work at Cinavia AI.')).toEqual(['no-specific-ask']);
  });

  it('does not ask for an ask in a thank-you or nurture note', () => {
    expect(
      codes('Thanks, Antoine, for your help at Cinavia AI.', { ...context, requiresAsk: false }),
    ).toEqual([]);
  });

  it('flags a note with no personal detail', () => {
    expect(codes('Hi Antoine, would you be open to connecting?')).toEqual(['no-personal-detail']);
  });
});

describe('the solution as a whole sentence', () => {
  it('turns a headline fragment into a sentence, and keeps first-person ones', () => {
    expect(
      solutionSentence('Engineering Manager in payments and platform: building calm, fast teams.'),
    ).toBe("I'm an Engineering Manager in payments and platform, building calm, fast teams");
    expect(solutionSentence('I help payment teams ship reliable platforms')).toBe(
      'I help payment teams ship reliable platforms',
    );
    expect(solutionForms('Data lead: turning messy data into pricing decisions')).toEqual([
      "I'm a Data lead, turning messy data into pricing decisions",
      "I'm a Data lead",
      'What I do best: turning messy data into pricing decisions',
    ]);
  });
});
