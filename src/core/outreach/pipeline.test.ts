import { describe, expect, it } from 'vitest';
import { impliedMove, type OutreachEvent } from './outreach-events.js';
import { applyMove, buildPipeline, checkMove, stageOn, type PipelineMove } from './pipeline.js';

const move = (
  stage: PipelineMove['stage'],
  at: string,
  extra: Partial<PipelineMove> = {},
): PipelineMove => ({
  personId: '9',
  stage,
  at,
  source: 'user',
  ...extra,
});

describe('the pipeline', () => {
  it('folds dated moves in date order, whatever order they are stored in', () => {
    const { entries, rejected } = buildPipeline([
      move('connected', '2026-11-05T09:00:00Z'),
      move('invited', '2026-11-01T09:00:00Z'),
    ]);
    expect(rejected).toEqual([]);
    const entry = entries.get('9');
    expect(entry?.stage).toBe('connected');
    expect(entry?.since).toBe('2026-11-05T09:00:00Z');
    expect(entry?.moves.map((m) => m.stage)).toEqual(['invited', 'connected']);
  });

  it('needs the kind of help for "helped" and a later day for a snooze', () => {
    const { entries } = buildPipeline([move('asked', '2026-11-01T09:00:00Z')]);
    const entry = entries.get('9');
    expect(checkMove(entry, move('helped', '2026-11-02T09:00:00Z'))).toMatch(/how they helped/);
    expect(
      checkMove(entry, move('snoozed', '2026-11-02T09:00:00Z', { snoozeUntil: '2026-11-01' })),
    ).toMatch(/after the day/);
    expect(
      checkMove(entry, move('helped', '2026-11-02T09:00:00Z', { help: 'referral' })),
    ).toBeUndefined();
  });

  it('refuses to switch paths mid-way, but allows it after closing', () => {
    const { entries } = buildPipeline([move('messaged', '2026-11-01T09:00:00Z')]);
    const entry = entries.get('9');
    expect(checkMove(entry, move('asked', '2026-11-02T09:00:00Z'))).toMatch(/reconnect path/);
    const closed = applyMove(entry, move('closed-lost', '2026-11-03T09:00:00Z'));
    expect(checkMove(closed, move('to-invite', '2026-11-04T09:00:00Z'))).toBeUndefined();
  });

  it('wakes a snoozed person up at their old stage on the snooze day', () => {
    const { entries } = buildPipeline([
      move('replied', '2026-11-01T09:00:00Z'),
      move('snoozed', '2026-11-02T09:00:00Z', { snoozeUntil: '2026-11-10' }),
    ]);
    const entry = entries.get('9')!;
    expect(stageOn(entry, '2026-11-09')).toBe('snoozed');
    expect(stageOn(entry, '2026-11-10')).toBe('replied');
  });

  it('remembers when an invitation was withdrawn', () => {
    const { entries } = buildPipeline([
      move('invited', '2026-11-01T09:00:00Z'),
      move('closed-lost', '2026-11-03T09:00:00Z', { reason: 'withdrawn' }),
      move('to-invite', '2026-11-04T09:00:00Z'),
    ]);
    expect(entries.get('9')?.withdrawnAt).toBe('2026-11-03T09:00:00Z');
  });
});

describe('events move the pipeline forward', () => {
  const event = (
    kind: OutreachEvent['kind'],
    extra: Partial<OutreachEvent> = {},
  ): OutreachEvent => ({
    personId: '9',
    kind,
    at: '2026-11-06T09:00:00Z',
    source: 'log',
    ...extra,
  });
  const at = (stage: PipelineMove['stage']) =>
    buildPipeline([move(stage, '2026-11-01T09:00:00Z')]).entries.get('9');

  it('an acceptance connects, an answer starts a conversation or a reply, a coffee is a meeting', () => {
    expect(impliedMove(at('invited'), event('accepted'))?.stage).toBe('connected');
    expect(impliedMove(at('connected'), event('answer'))?.stage).toBe('in-conversation');
    expect(impliedMove(at('messaged'), event('answer'))?.stage).toBe('replied');
    expect(impliedMove(at('replied'), event('coffee'))?.stage).toBe('met');
  });

  it('help received records its kind; a private note moves nothing', () => {
    const m = impliedMove(at('asked'), event('help-received', { help: 'introduction' }));
    expect(m).toMatchObject({ stage: 'helped', help: 'introduction' });
    expect(impliedMove(at('asked'), event('note'))).toBeUndefined();
    expect(impliedMove(at('asked'), event('answer'))).toBeUndefined();
  });
});
