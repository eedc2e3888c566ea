import { describe, expect, it } from 'vitest';
import type { CohortProgress } from './cohort-progress.js';
import { aggregateCohort } from './cohort-progress.js';
import type { MemberProgress, NetworkFigures, WeekProgress } from './member-progress.js';
import { emptyClassCounts } from './member-progress.js';
import type { Cell } from './small-cells.js';
import { cellOf, median, MIN_MEMBERS_PER_CELL } from './small-cells.js';

const WEEKS = ['2026-W47', '2026-W48'];

function network(dormantShare: number): NetworkFigures {
  return {
    connections: 100,
    tieMix: emptyClassCounts(),
    tieMixShare: { ...emptyClassCounts(), weak: 0.5, dormant: dormantShare },
    dormantShare,
    neverInteractedShare: 0.5,
    companyEvenness: 0.9,
    functionEvenness: 0.8,
    relevantShare: 0.2,
    aboveTenMutualsShare: null,
  };
}

interface WeekFigures {
  invitations?: number;
  pace?: number;
  interviews?: number;
  referrals?: number;
  offers?: number;
  weakConversations?: number;
  strongConversations?: number;
  connections?: number;
  dormantShare?: number;
}

function week(label: string, f: WeekFigures): WeekProgress {
  const weak = f.weakConversations ?? 0;
  const strong = f.strongConversations ?? 0;
  return {
    week: label,
    invitations: f.invitations ?? 0,
    invitationPace: f.pace ?? 35,
    conversations: {
      total: weak + strong,
      byTieClass: { ...emptyClassCounts(), weak, strong },
    },
    asks: { total: 0, byTieClass: emptyClassCounts() },
    referrals: f.referrals ?? 0,
    interviews: f.interviews ?? 0,
    offers: f.offers ?? 0,
    connections: f.connections ?? 0,
    network: f.dormantShare === undefined ? null : network(f.dormantShare),
  };
}

function member(w47: WeekFigures, w48: WeekFigures): MemberProgress {
  return {
    weeklyInvitationCap: 100,
    weeks: [week('2026-W47', w47), week('2026-W48', w48)],
    networkChange: null,
  };
}

function isCell(value: object): value is Cell {
  return 'suppressed' in value && 'value' in value;
}

/** Every cell of a cohort, wherever it sits. */
function cellsOf(value: unknown): Cell[] {
  if (value === null || typeof value !== 'object') return [];
  if (isCell(value)) return [value];
  return Object.values(value).flatMap(cellsOf);
}

const shown = (value: number): Cell => ({ value, suppressed: false });
const hidden: Cell = { value: null, suppressed: true };

describe('small cells', () => {
  it('shows a value only with at least 5 members (issue 9)', () => {
    expect(MIN_MEMBERS_PER_CELL).toBe(5);
    expect(cellOf(12, 5)).toEqual(shown(12));
    expect(cellOf(12, 4)).toEqual(hidden);
  });

  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([40, 0, 10, 30, 20, 50])).toBe(25);
  });
});

describe('aggregateCohort', () => {
  it('suppresses every cell of a cohort of 4 members, whatever they did', () => {
    const busy = member(
      { invitations: 50, referrals: 2, interviews: 1, weakConversations: 3, dormantShare: 0.2 },
      { invitations: 60, referrals: 1, offers: 1, weakConversations: 4, dormantShare: 0.3 },
    );
    const cohort: CohortProgress = aggregateCohort(WEEKS, [busy, busy, busy, busy]);
    expect(cohort.members).toBe(4);
    expect(cohort.suppressed).toBe(true);
    expect(cohort.weeks.map((w) => w.week)).toEqual(WEEKS);
    const cells = cellsOf(cohort.weeks);
    // 2 weeks x (3 invitation + 6 conversation + 6 ask + 3 outcome + 1 connection + 10 network).
    expect(cells).toHaveLength(58);
    for (const cell of cells) expect(cell).toEqual(hidden);
  });

  it('suppresses the cells of fewer than 5 contributing members and shows the others', () => {
    // Six members. In W48 only members 1, 3 and 5 logged an interview.
    const members = [
      member(
        { dormantShare: 0.1 },
        {
          invitations: 10,
          pace: 10,
          interviews: 1,
          referrals: 1,
          weakConversations: 1,
          strongConversations: 1,
          connections: 100,
          dormantShare: 0.1,
        },
      ),
      member(
        { dormantShare: 0.2 },
        {
          invitations: 20,
          pace: 10,
          referrals: 1,
          weakConversations: 1,
          connections: 200,
          dormantShare: 0.2,
        },
      ),
      member(
        {},
        {
          invitations: 0,
          pace: 10,
          interviews: 2,
          referrals: 1,
          weakConversations: 1,
          connections: 300,
          dormantShare: 0.3,
        },
      ),
      member(
        {},
        {
          invitations: 30,
          pace: 10,
          referrals: 1,
          weakConversations: 1,
          connections: 400,
          dormantShare: 0.4,
        },
      ),
      member(
        {},
        {
          invitations: 40,
          pace: 10,
          interviews: 1,
          referrals: 1,
          weakConversations: 1,
          connections: 500,
          dormantShare: 0.5,
        },
      ),
      member({}, { invitations: 50, pace: 10, referrals: 2, connections: 600 }),
    ];
    const cohort = aggregateCohort(WEEKS, members);
    expect(cohort.members).toBe(6);
    expect(cohort.suppressed).toBe(false);
    const w48 = cohort.weeks[1];
    // 3 members logged an interview: suppressed, not a sum of 4.
    expect(w48?.interviews).toEqual(hidden);
    // 5 members sent invitations: 10 + 20 + 30 + 40 + 50.
    expect(w48?.invitations.total).toEqual(shown(150));
    // The median is over all six members, the one who sent none included: (20 + 30) / 2.
    expect(w48?.invitations.medianPerMember).toEqual(shown(25));
    // At or above a pace of 10: everyone but member 3.
    expect(w48?.invitations.membersAtPace).toEqual(shown(5));
    expect(w48?.referrals).toEqual(shown(7));
    // Nobody logged an offer: no member contributes, so no figure (not even a zero).
    expect(w48?.offers).toEqual(hidden);
    expect(w48?.conversations.total).toEqual(shown(6));
    expect(w48?.conversations.byTieClass.weak).toEqual(shown(5));
    expect(w48?.conversations.byTieClass.strong).toEqual(hidden);
    expect(w48?.connections.medianPerMember).toEqual(shown(350));
    // Five members have a snapshot in W48: median dormant share 0.3.
    expect(w48?.network.membersRecorded).toEqual(shown(5));
    expect(w48?.network.dormantShare).toEqual(shown(0.3));
    expect(w48?.network.tieMixShare.weak).toEqual(shown(0.5));

    const w47 = cohort.weeks[0];
    // Only two members have a snapshot in W47: their network figures stay hidden.
    expect(w47?.network.membersRecorded).toEqual(hidden);
    expect(w47?.network.dormantShare).toEqual(hidden);
    expect(w47?.invitations.total).toEqual(hidden);
    // Six zeros are six members' figures: the median of nothing sent is shown as 0.
    expect(w47?.invitations.medianPerMember).toEqual(shown(0));

    // A suppressed cell never carries a number.
    for (const cell of cellsOf(cohort.weeks)) {
      if (cell.suppressed) expect(cell.value).toBeNull();
      else expect(typeof cell.value).toBe('number');
    }
  });
});
