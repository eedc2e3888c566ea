import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../core/outreach/pacing.js';
import type { ItemKind } from '../core/outreach/plan-item.js';
import { generateDemoExport } from '../demo/generate-demo-export.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { updateGoals } from './goals-service.js';
import { importFiles } from './import-files.js';
import { exportReminders, reviewOutreach, triageReceived } from './outreach-insights.js';
import { listPipeline, logOutreachEvent, movePipeline } from './outreach-log.js';
import { markPlanItem, planOutreach, type ShownPlan } from './plan-outreach.js';
import { openTempStore } from './test-support/temp-store.js';

type TempStore = Awaited<ReturnType<typeof openTempStore>>;
let store: TempStore;
let dir: string;

const FIRST_DAY = '2026-11-02';
const noon = (day: string) => new Date(`${day}T12:00:00.000Z`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weakties-plan-'));
  const { zip, fileName } = await generateDemoExport({ connections: 400 });
  const path = join(dir, fileName);
  writeFileSync(path, zip);
  store = await openTempStore();
  await importFiles(store, [path], { now: noon('2026-11-01') });
  await updateGoals(
    store,
    LOCAL_ACCOUNT_ID,
    { solution: 'I help engineering teams ship reliable platforms without weekend incidents' },
    noon('2026-11-01'),
  );
});

afterAll(async () => {
  await store.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('planOutreach on the demo data, 14 consecutive days', () => {
  const plans: ShownPlan[] = [];
  const withdrawn: string[] = [];
  const accepted = new Set<string>();
  const answered = new Set<string>();
  const helped = new Set<string>();
  /** person -> [day, kind] in order. */
  const timeline = new Map<string, { day: string; kind: ItemKind }[]>();

  beforeAll(async () => {
    // Two pending invitations withdrawn on day 1 and queued again: the block must hold.
    const before = await listPipeline(store, { day: FIRST_DAY, now: noon(FIRST_DAY) });
    const pending = before.rows.filter((r) => r.stage === 'invited').slice(0, 2);
    for (const r of pending) {
      await movePipeline(store, r.personId, 'closed-lost', {
        reason: 'withdrawn',
        day: FIRST_DAY,
        now: noon(FIRST_DAY),
      });
      await movePipeline(store, r.personId, 'to-invite', { day: FIRST_DAY, now: noon(FIRST_DAY) });
      withdrawn.push(r.personId);
    }

    for (let d = 0; d < 14; d += 1) {
      const day = addDays(FIRST_DAY, d);
      const now = noon(day);
      // Simulated world: two pending invitations accepted a day; answers two days after a
      // message to every other person; a referral after an ask is answered.
      const pipeline = await listPipeline(store, { day, now });
      for (const r of pipeline.rows
        .filter((x) => x.stage === 'invited' && !withdrawn.includes(x.personId))
        .slice(0, 2)) {
        await logOutreachEvent(store, r.personId, 'accepted', { day, now });
        accepted.add(r.personId);
      }
      for (const [personId, steps] of timeline) {
        const last = steps.at(-1);
        if (!last || addDays(last.day, 2) !== day || Number(personId) % 2 !== 0) continue;
        if (
          last.kind === 'welcome' ||
          last.kind === 'reconnect' ||
          last.kind === 'recruiter-note'
        ) {
          await logOutreachEvent(store, personId, 'answer', { day, now });
          answered.add(personId);
        }
        if (last.kind === 'ask' && !helped.has(personId)) {
          await logOutreachEvent(store, personId, 'help-received', {
            help: 'referral',
            note: 'referred me to the platform team lead',
            day,
            now,
          });
          helped.add(personId);
        }
      }
      const plan = await planOutreach(store, { day, now });
      plans.push(plan);
      for (const item of plan.items) {
        const steps = timeline.get(item.personId) ?? [];
        steps.push({ day, kind: item.kind });
        timeline.set(item.personId, steps);
        await markPlanItem(store, String(item.position), 'done', { day, now });
      }
    }
  }, 240_000);

  it('plans something every day within the daily minutes', () => {
    expect(plans).toHaveLength(14);
    for (const p of plans) {
      expect(p.items.length).toBeGreaterThan(0);
      expect(p.minutesPlanned).toBeLessThanOrEqual(p.minutesAvailable);
    }
  });

  it('explains every item and gives the text to copy with the profile link', () => {
    for (const item of plans.flatMap((p) => p.items)) {
      expect(item.reason.length).toBeGreaterThan(20);
      expect(item.action.length).toBeGreaterThan(10);
      if (item.kind !== 'homework' && !(item.kind === 'invite' && item.withNote === false)) {
        expect(item.draft?.text.length ?? 0).toBeGreaterThan(20);
      }
    }
  });

  it('never repeats an item and never plans one person twice on one day', () => {
    const keys = plans.flatMap((p) => p.items.map((i) => i.key));
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of plans) {
      const people = p.items.map((i) => i.personId);
      expect(new Set(people).size).toBe(people.length);
    }
  });

  it('follows the method in order for each person', () => {
    for (const [personId, steps] of timeline) {
      const kinds = steps.map((s) => s.kind);
      const firstOf = (k: ItemKind) => kinds.indexOf(k);
      if (kinds.includes('ask') && kinds.includes('homework')) {
        expect(firstOf('homework'), `person ${personId}: ${kinds.join(' > ')}`).toBeLessThan(
          firstOf('ask'),
        );
      }
      if (kinds.includes('thank-you')) {
        expect(helped.has(personId) || kinds.includes('ask')).toBe(true);
      }
      if (kinds.includes('welcome')) expect(firstOf('welcome')).toBe(0);
      for (let i = 0; i < steps.length; i += 1) {
        const step = steps[i];
        if (step?.kind !== 'follow-up') continue;
        const previous = steps[i - 1];
        expect(previous).toBeDefined();
        expect(addDays(previous!.day, 7) <= step.day).toBe(true);
        expect(answered.has(personId) && previous?.kind === 'welcome').toBe(false);
      }
    }
  });

  it('welcomes accepted invitations and thanks helpers', () => {
    const kinds = plans.flatMap((p) => p.items.map((i) => i.kind));
    expect(kinds).toContain('welcome');
    expect(kinds).toContain('thank-you');
    expect(kinds).toContain('follow-up');
    expect(helped.size).toBeGreaterThan(0);
    const thanked = [...timeline]
      .filter(([, s]) => s.some((x) => x.kind === 'thank-you'))
      .map(([id]) => id);
    expect(thanked.every((id) => helped.has(id))).toBe(true);
  });

  it('does not re-invite a withdrawn invitation within the 3-week block', () => {
    for (const id of withdrawn) {
      expect(timeline.get(id)?.some((s) => s.kind === 'invite') ?? false).toBe(false);
    }
    expect(plans[0]?.shapedBy.some((s) => s.limit === 'reinvite-block')).toBe(true);
  });

  it('returns the same plan when asked again on the same day', async () => {
    const again = await planOutreach(store, {
      day: addDays(FIRST_DAY, 13),
      now: noon(addDays(FIRST_DAY, 13)),
    });
    expect(again.items.map((i) => i.key)).toEqual(plans[13]?.items.map((i) => i.key));
    expect(again.items.every((i) => i.status === 'done')).toBe(true);
  });

  it('keeps the drafts clean once the solution message is set', () => {
    const drafts = plans.flatMap((p) => p.items.flatMap((i) => (i.draft ? [i.draft] : [])));
    const generic = drafts.filter((d) => d.problems.some((p) => p.code === 'generic-phrase'));
    expect(generic).toEqual([]);
  });

  it('reports outcomes per tie class, list and template, and the reciprocity ledger', async () => {
    const review = await reviewOutreach(store, {
      day: addDays(FIRST_DAY, 13),
      now: noon(addDays(FIRST_DAY, 13)),
    });
    const contacted = review.outcomes.byTieClass.reduce((n, r) => n + r.contacted, 0);
    expect(contacted).toBeGreaterThan(0);
    const referrals = review.outcomes.byTemplate.reduce((n, r) => n + r.referrals, 0);
    expect(referrals).toBe(helped.size);
    expect(review.ledger.filter((l) => l.received.length > 0)).toHaveLength(helped.size);
    expect(review.posting.weeks).toHaveLength(8);
  });

  it('exports follow-up reminders as an .ics file', async () => {
    const path = join(dir, 'reminders.ics');
    const reminders = await exportReminders(store, path, {
      day: addDays(FIRST_DAY, 13),
      now: noon(addDays(FIRST_DAY, 13)),
    });
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.split('BEGIN:VEVENT').length - 1).toBe(reminders.length);
    expect(reminders.length).toBeGreaterThan(0);
  });

  it('triages received invitations with a reason each', async () => {
    const triage = await triageReceived(store, { day: FIRST_DAY, now: noon(FIRST_DAY) });
    for (const t of triage) expect(t.reason.length).toBeGreaterThan(10);
  });
});
