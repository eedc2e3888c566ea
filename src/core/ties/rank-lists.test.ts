import { describe, it, expect } from 'vitest';
import type { Goals } from './goals.js';
import { emptyGoals } from './goals.js';
import { rankAsk } from './rank-ask.js';
import { rankInvite } from './rank-invite.js';
import { rankPrune } from './rank-prune.js';
import { rankReconnect } from './rank-reconnect.js';
import { rankRecruiters } from './rank-recruiters.js';
import { scoreTies } from './score-tie.js';
import { emptyTieFeatures } from './tie-features.js';
import type { TieFeatures } from './tie-features.js';
import { DEFAULT_TIE_SETTINGS } from './tie-settings.js';
import { pickTellWave } from './tell-wave.js';

const S = DEFAULT_TIE_SETTINGS;
const NOW = new Date('2025-06-01T00:00:00Z');

function tie(id: string, overrides: Partial<TieFeatures> = {}): TieFeatures {
  return { ...emptyTieFeatures(id), ...overrides };
}

const close = {
  messagesSent: 150,
  messagesReceived: 140,
  conversationsStartedByOwner: 50,
  conversationsStartedByThem: 50,
  repliesFromThem: 48,
  firstInteractionAt: '2019-01-01',
  lastInteractionAt: '2025-05-25',
};
const pastClose = { ...close, lastInteractionAt: '2020-06-01' };
const mutuals = (count: number) => ({ mutualConnections: { count, source: 'recorded' as const } });

const goals: Goals = {
  ...emptyGoals(),
  targetCompanies: ['Acme'],
  targetIndustries: ['51'],
  targetRoles: ['Product Manager'],
  ownerLevel: 'senior',
  solution: 'I turn messy data into pricing decisions',
};

describe('rankAsk', () => {
  const ties = [
    tie('weak-acme', { company: 'Acme Inc.', ...mutuals(8) }),
    tie('weak-acme-far', { company: 'ACME', ...mutuals(45) }),
    tie('weak-industry', { company: 'Globex', industry: '51', ...mutuals(8) }),
    tie('weak-role', { company: 'Initech', title: 'Senior Product Manager', ...mutuals(8) }),
    tie('weak-none', { company: 'Hooli', ...mutuals(8) }),
    tie('strong-acme', { company: 'Acme', ...close, ...mutuals(20) }),
    tie('strong-other', { company: 'Hooli', ...close }),
    tie('dormant-acme', { company: 'Acme', ...pastClose }),
    tie('not-connected', { company: 'Acme', isConnection: false }),
  ];
  const lists = rankAsk(scoreTies(ties, goals, S, NOW), goals);

  it('keeps only people who match a goal: the rest of the targets is "more"', () => {
    // Nobody here is in the target function or recruits, except the product manager at a
    // company that is no target: the shortlist is theirs, the target companies' others are more.
    expect(lists.ask.map((e) => e.personId)).toEqual(['weak-role']);
    expect(lists.more.map((e) => e.personId).sort()).toEqual(
      ['not-connected', 'weak-acme', 'weak-acme-far', 'weak-industry'].sort(),
    );
    const all = [...lists.ask, ...lists.more].map((e) => e.personId);
    expect(all).not.toContain('weak-none');
  });

  it('returns strong ties at a target company separately (Gee et al. 2017)', () => {
    expect(lists.strongHelpers.map((e) => e.personId)).toEqual(['strong-acme']);
    expect(lists.strongHelpers[0]?.nextAction).toContain('refer you');
  });

  it('explains each entry and proposes a next action', () => {
    const first = lists.more.find((e) => e.personId === 'weak-acme');
    expect(first?.reason).toBe(
      'Moderately weak tie, never contacted at Acme Inc. (a target company), at one of your targets: 8 mutual (recorded), never messaged.',
    );
    expect(first?.nextAction).toContain('about roles and teams at Acme Inc.');
    expect(first?.nextAction).toContain('never "can I pick your brain?"');
    expect(first?.nextAction).toContain('I turn messy data into pricing decisions');
  });

  it('words an entry only when it is read, the same in JSON as on screen', () => {
    const fresh = rankAsk(scoreTies(ties, goals, S, NOW), goals).ask[0];
    const json = JSON.parse(JSON.stringify(fresh)) as Record<string, unknown>;
    expect(json.reason).toBe(
      'Moderately weak tie, never contacted as Senior Product Manager (a target role), in your target function: 8 mutual (recorded), never messaged.',
    );
    expect(json.nextAction).toBe(fresh?.nextAction);
    expect({ ...fresh }.reason).toBe(json.reason);
  });
});

describe('rankAsk for an Engineering Manager', () => {
  const em: Goals = {
    ...emptyGoals(),
    targetCompanies: ['Acme'],
    targetRoles: ['Engineering Manager'],
    ownerLevel: 'manager',
  };
  // The same evidence for everyone at Acme: only who can hire or refer may decide.
  const at = (id: string, title: string) => tie(id, { company: 'Acme', title, ...mutuals(7) });
  const ties = [
    at('a-sales-manager', 'Sales Manager'),
    at('b-engineering-manager', 'Engineering Manager'),
    at('c-recruiter', 'Technical Recruiter'),
    at('d-director-engineering', 'Director of Engineering'),
    at('e-engineer', 'Software Engineer'),
    at('f-marketing', 'Marketing Specialist'),
  ];
  const lists = rankAsk(scoreTies(ties, em, S, NOW), em);

  it('puts the target function at hiring levels first, then recruiters, then the rest', () => {
    expect(lists.ask.map((e) => e.personId)).toEqual([
      // One level above the target role (the hiring manager) before a peer who can refer.
      'd-director-engineering',
      'b-engineering-manager',
      'c-recruiter',
      'e-engineer',
    ]);
    expect(lists.more.map((e) => e.personId)).toEqual(['a-sales-manager', 'f-marketing']);
  });

  it('separates equal scores by shared history, not by import order', () => {
    const two = [
      at('a-first-imported', 'Engineering Manager'),
      tie('z-worked-together', {
        company: 'Acme',
        title: 'Engineering Manager',
        ...mutuals(7),
        formerColleague: true,
      }),
    ];
    const ranked = rankAsk(scoreTies(two, em, S, NOW), em).ask.map((e) => e.personId);
    expect(ranked).toEqual(['z-worked-together', 'a-first-imported']);
  });
});

describe('the current employer in the lists', () => {
  const employed: Goals = {
    ...goals,
    targetCompanies: ['Acme'],
    currentEmployers: ['Initech'],
  };
  const ties = [
    tie('colleague-pm', { company: 'Initech', title: 'Senior Product Manager', ...mutuals(8) }),
    tie('colleague-dormant', { company: 'Initech LLC', ...pastClose, formerColleague: true }),
    tie('former-dormant', { company: 'Hooli', ...pastClose, formerColleague: true }),
    tie('acme-pm', { company: 'Acme', title: 'Product Manager', ...mutuals(8) }),
  ];
  const scored = scoreTies(ties, employed, S, NOW);

  it('keeps current colleagues out of ask, wave and reconnect while discreet (the default)', () => {
    const ask = rankAsk(scored, employed);
    expect(ask.ask.map((e) => e.personId)).toEqual(['acme-pm']);
    expect(ask.hiddenColleagues).toBe(1);
    expect(rankReconnect(scored, employed).map((e) => e.personId)).toEqual(['former-dormant']);
    expect(pickTellWave(scored, employed, S).map((e) => e.personId)).toEqual(['former-dormant']);
  });

  it('calls them colleagues, never former colleagues, when the user is open', () => {
    const open: Goals = { ...employed, discretion: 'open' };
    const reconnect = rankReconnect(scoreTies(ties, open, S, NOW), open);
    const colleague = reconnect.find((e) => e.personId === 'colleague-dormant');
    expect(colleague?.reason.startsWith('Colleague, ')).toBe(true);
    expect(reconnect.find((e) => e.personId === 'former-dormant')?.reason).toMatch(
      /^Former colleague, /,
    );
  });
});

describe('every source in reconnect and the wave', () => {
  // Thirty dormant LinkedIn connections outrank three phone-book contacts on score alone.
  const ties: TieFeatures[] = [];
  for (let i = 0; i < 30; i += 1)
    ties.push(tie(`linkedin-${String(i).padStart(2, '0')}`, { ...pastClose, company: `Old${i}` }));
  for (let i = 0; i < 3; i += 1) {
    ties.push(
      tie(`phone-${i}`, {
        isConnection: false,
        messagesSent: 4,
        messagesReceived: 3,
        firstInteractionAt: '2018-01-01',
        lastInteractionAt: '2021-01-01',
      }),
    );
  }
  const scored = scoreTies(ties, goals, S, NOW);

  it('gives every fifth place to a contact from outside LinkedIn while one waits', () => {
    const list = rankReconnect(scored, goals).map((e) => e.personId);
    expect(list.slice(0, 15).filter((id) => id.startsWith('phone'))).toHaveLength(3);
    expect(list[4]?.startsWith('phone')).toBe(true);
    const wave = pickTellWave(scored, goals, S).map((e) => e.personId);
    expect(wave.filter((id) => id.startsWith('phone')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('rankReconnect', () => {
  const ties = [
    tie('dormant-strong', { ...pastClose, company: 'Hooli' }),
    tie('dormant-colleague', {
      messagesSent: 3,
      messagesReceived: 2,
      firstInteractionAt: '2018-01-01',
      lastInteractionAt: '2019-01-01',
      formerColleague: true,
    }),
    tie('fading', { ...close, lastInteractionAt: '2024-01-01', company: 'Acme' }),
    tie('current', { ...close }),
    tie('never'),
  ];
  const list = rankReconnect(scoreTies(ties, goals, S, NOW), goals);

  it('lists dormant and fading ties, former colleagues first', () => {
    expect(list.map((e) => e.personId)).toEqual(['dormant-colleague', 'fading', 'dormant-strong']);
    expect(list[0]?.reason.startsWith('Former colleague, ')).toBe(true);
    expect(list[0]?.reason).toContain('quiet for 6 years');
  });

  it('ranks by past strength x novelty x relevance', () => {
    // The fading tie is at a target company (relevance 0.83 x seniority) and outranks the
    // dormant strong tie at a company that matches no goal (relevance 0.15 x seniority).
    expect(list[1]?.score).toBeGreaterThan(list[2]?.score ?? 1);
  });
});

describe('pickTellWave', () => {
  const ties: TieFeatures[] = [];
  for (let i = 0; i < 20; i += 1)
    ties.push(tie(`dormant-${i}`, { ...pastClose, company: `Old${i}` }));
  for (let i = 0; i < 20; i += 1) {
    ties.push(
      tie(`weak-${i}`, {
        messagesSent: 1,
        messagesReceived: 1,
        lastInteractionAt: '2025-03-01',
        company: i < 10 ? 'Acme' : `Mid${i}`,
      }),
    );
  }
  for (let i = 0; i < 20; i += 1) ties.push(tie(`strong-${i}`, { ...close, company: `Big${i}` }));
  for (let i = 0; i < 20; i += 1) ties.push(tie(`never-${i}`));
  const wave = pickTellWave(scoreTies(ties, goals, S, NOW), goals, S);

  it('picks 25 people by default, in a 40 / 40 / 20 mix', () => {
    expect(wave).toHaveLength(25);
    const kinds = wave.map((e) => e.personId.split('-')[0]);
    expect(kinds.filter((k) => k === 'dormant')).toHaveLength(10);
    expect(kinds.filter((k) => k === 'weak')).toHaveLength(10);
    expect(kinds.filter((k) => k === 'strong')).toHaveLength(5);
  });

  it('never picks people the user has not been in touch with', () => {
    expect(wave.some((e) => e.personId.startsWith('never'))).toBe(false);
  });

  it('takes at most two people from one company', () => {
    const ids = new Set(wave.map((e) => e.personId));
    const acme = [...Array(10).keys()].filter((i) => ids.has(`weak-${i}`));
    expect(acme.length).toBeLessThanOrEqual(2);
  });

  it('takes at most a quarter of the wave from one cluster while others wait', () => {
    // The 20 dormant ties sit in one cluster of the network, at 20 different companies.
    const clustered = ties.map((t) =>
      t.personId.startsWith('dormant') ? { ...t, cluster: 1 } : t,
    );
    const spread = pickTellWave(scoreTies(clustered, goals, S, NOW), goals, S);
    expect(spread).toHaveLength(25);
    const fromCluster = spread.filter((e) => e.personId.startsWith('dormant'));
    expect(fromCluster).toHaveLength(Math.ceil(25 * 0.25));
  });

  it('fills from one cluster when the network has no other', () => {
    const one = ties.slice(0, 20).map((t) => ({ ...t, cluster: 1 }));
    expect(pickTellWave(scoreTies(one, goals, S, NOW), goals, S)).toHaveLength(20);
  });

  it('fills a short network from what is there', () => {
    const small = pickTellWave(scoreTies(ties.slice(40, 45), goals, S, NOW), goals, S, 20);
    expect(small).toHaveLength(5);
  });
});

describe('rankRecruiters', () => {
  const ties = [
    tie('agency', { title: 'Technical Recruiter', company: 'Staffing Co', industry: '56' }),
    tie('search', {
      title: 'Partner, Executive Search',
      company: 'Search Partners',
      industry: '51',
    }),
    tie('engineer', { title: 'Software Engineer' }),
    tie('ta-cold', { title: 'Talent Acquisition Lead', company: 'Acme', isConnection: false }),
  ];
  const list = rankRecruiters(scoreTies(ties, goals, S, NOW), goals);

  it('lists only recruiters, executive recruiters in the sector first', () => {
    expect(list.map((e) => e.personId)).toEqual(['ta-cold', 'search', 'agency']);
    expect(list[1]?.reason).toContain('Executive recruiter');
  });

  it('proposes an invitation for recruiters who are not connections yet', () => {
    expect(list[0]?.nextAction).toContain('Invite');
    expect(list[1]?.nextAction).toContain('Send a short note');
  });
});

describe('rankInvite', () => {
  const ties = [
    tie('cto', {
      title: 'CTO',
      company: 'Globex',
      industry: '51',
      isConnection: false,
      ...mutuals(6),
    }),
    tie('peer', { title: 'Senior Analyst', company: 'Acme', isConnection: false }),
    tie('junior', { title: 'Junior Developer', company: 'Acme', isConnection: false }),
    tie('off-target', { title: 'CEO', company: 'Bakery', industry: '72', isConnection: false }),
    tie('connected', { title: 'CTO', company: 'Acme' }),
  ];
  const list = rankInvite(scoreTies(ties, goals, S, NOW), goals);

  it('keeps non-connections on target at or above the user’s level', () => {
    expect(list.map((e) => e.personId).sort()).toEqual(['cto', 'peer']);
  });

  it('explains the fit and drafts the invitation step', () => {
    const cto = list.find((e) => e.personId === 'cto');
    expect(cto?.reason).toBe(
      'CTO, at Globex, in Information (a target industry), 4 levels above you, 6 mutual connections.',
    );
    expect(cto?.nextAction).toContain('mention one of your 6 mutual connections');
  });
});

describe('rankPrune', () => {
  const curator: Goals = { ...goals, style: 'curator' };
  const ties = [
    tie('blank', { connectedOn: '2019-04-02' }),
    tie('no-mutuals', {
      company: 'Hooli',
      title: 'Engineer',
      connectedOn: '2020-01-01',
      ...mutuals(0),
    }),
    tie('unknown-but-placeable', {
      company: 'Hooli',
      title: 'Engineer',
      connectedOn: '2020-01-01',
    }),
    tie('new', { connectedOn: '2025-05-01' }),
    tie('messaged', {
      messagesSent: 2,
      lastInteractionAt: '2021-01-01',
      connectedOn: '2019-01-01',
    }),
    tie('target', { company: 'Acme', connectedOn: '2019-01-01', ...mutuals(0) }),
    tie('recruiter', { title: 'Recruiter', connectedOn: '2019-01-01', ...mutuals(0) }),
    tie('endorsed-me', { endorsementsReceived: 2, connectedOn: '2019-01-01' }),
  ];
  const scored = scoreTies(ties, curator, S, NOW);

  it('suggests only connections with nothing to place them by, with the reason', () => {
    const list = rankPrune(scored, curator, S, NOW);
    // Equal scores (one missing anchor each): ordered by id.
    expect(list.map((e) => e.personId)).toEqual(['blank', 'no-mutuals']);
    expect(list[1]?.reason).toBe(
      'never interacted, matches none of your goals, no mutual connections, connected 2020.',
    );
    expect(list[0]?.reason).toBe(
      'never interacted, matches none of your goals, mutual connections unknown, no company or title to place them, connected 2019.',
    );
  });

  it('stays empty for open networkers', () => {
    expect(rankPrune(scored, { ...curator, style: 'open' }, S, NOW)).toEqual([]);
  });
});
