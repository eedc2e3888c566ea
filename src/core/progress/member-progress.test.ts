import { describe, expect, it } from 'vitest';
import { lastWeeks } from './iso-week.js';
import type { NetworkFigures } from './member-progress.js';
import { assembleMemberProgress, countByTieClass, emptyClassCounts } from './member-progress.js';
import { parseSnapshotFigures } from './snapshot-figures.js';

function network(connections: number, weak: number, dormantShare: number): NetworkFigures {
  return {
    connections,
    tieMix: { ...emptyClassCounts(), weak: Math.round(weak * connections) },
    tieMixShare: { ...emptyClassCounts(), weak },
    dormantShare,
    neverInteractedShare: 0.5,
    companyEvenness: 0.8,
    functionEvenness: 0.6,
    relevantShare: 0.25,
    aboveTenMutualsShare: null,
  };
}

describe('countByTieClass', () => {
  it('counts people by class, and everyone in the total', () => {
    const classes = new Map([
      [1, 'weak' as const],
      [2, 'weak' as const],
      [3, 'dormant' as const],
    ]);
    expect(countByTieClass([1, 2, 3, 4], (id) => classes.get(id))).toEqual({
      total: 4,
      byTieClass: { ...emptyClassCounts(), weak: 2, dormant: 1 },
    });
  });
});

describe('assembleMemberProgress', () => {
  const weeks = lastWeeks(new Date('2026-11-25T12:00:00Z'), 3); // W46, W47, W48
  const noActivity = {
    invitations: 0,
    conversationPeople: [],
    askPeople: [],
    referrals: 0,
    interviews: 0,
    offers: 0,
  };
  const none = { total: 0, byTieClass: emptyClassCounts() };

  it('measures the network change from the first to the last recorded week', () => {
    const progress = assembleMemberProgress({
      weeks,
      activity: [noActivity, { ...noActivity, invitations: 7, interviews: 1 }, noActivity],
      classified: weeks.map((w) => ({ week: w.label, conversations: none, asks: none })),
      paces: [35, 35, 70],
      connections: [100, 104, 110],
      networkByWeek: new Map([
        ['2026-W46', network(100, 0.4, 0.3)],
        ['2026-W48', network(110, 0.5, 0.25)],
      ]),
      weeklyInvitationCap: 100,
    });
    expect(progress.weeks.map((w) => [w.week, w.invitations, w.invitationPace])).toEqual([
      ['2026-W46', 0, 35],
      ['2026-W47', 7, 35],
      ['2026-W48', 0, 70],
    ]);
    expect(progress.weeks[1]?.network).toBeNull();
    expect(progress.weeks[1]?.interviews).toBe(1);
    expect(progress.networkChange?.fromWeek).toBe('2026-W46');
    expect(progress.networkChange?.toWeek).toBe('2026-W48');
    expect(progress.networkChange?.connections).toBe(10);
    expect(progress.networkChange?.tieMixShare.weak).toBeCloseTo(0.1, 12);
    expect(progress.networkChange?.dormantShare).toBeCloseTo(-0.05, 12);
  });

  it('has no network change with fewer than two recorded weeks', () => {
    const progress = assembleMemberProgress({
      weeks,
      activity: weeks.map(() => noActivity),
      classified: [],
      paces: [],
      connections: [],
      networkByWeek: new Map([['2026-W48', network(10, 0.5, 0)]]),
      weeklyInvitationCap: 100,
    });
    expect(progress.networkChange).toBeNull();
    expect(progress.weeks[2]?.conversations).toEqual(none);
  });
});

describe('parseSnapshotFigures', () => {
  const figures = {
    network: network(10, 0.5, 0.1),
    classified: [{ week: '2026-W48', conversations: none(), asks: none() }],
  };
  function none() {
    return { total: 0, byTieClass: emptyClassCounts() };
  }

  it('reads back what was written', () => {
    expect(parseSnapshotFigures(JSON.stringify(figures))).toEqual(figures);
  });

  it.each([
    ['not JSON', '{'],
    ['a list', '[]'],
    [
      'a class count that is text',
      JSON.stringify({
        ...figures,
        network: { ...figures.network, tieMix: { ...emptyClassCounts(), weak: '3' } },
      }),
    ],
    [
      'a missing share',
      JSON.stringify({ ...figures, network: { ...figures.network, dormantShare: undefined } }),
    ],
    [
      'a bad week label',
      JSON.stringify({ ...figures, classified: [{ ...figures.classified[0], week: 'W48' }] }),
    ],
  ])('treats %s as no snapshot', (_name, json) => {
    expect(parseSnapshotFigures(json)).toBeUndefined();
  });
});
