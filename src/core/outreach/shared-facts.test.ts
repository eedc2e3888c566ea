import { describe, expect, it } from 'vitest';
import {
  colleagueFact,
  connectedFact,
  eventFact,
  meetingFact,
  phraseFact,
  recommendationFact,
  roleFact,
  strongestFact,
} from './shared-facts.js';

describe('shared facts', () => {
  it('prefers what they did for you, then shared work, then having met, then their role', () => {
    const role = roleFact('VP Engineering', 'Acme');
    const facts = [
      role!,
      eventFact('FinTech Builders Week 2024'),
      colleagueFact('Acme', '2019-03', '2022-06', false),
    ];
    expect(strongestFact(facts)?.kind).toBe('colleague');
    expect(strongestFact([...facts, recommendationFact('received')])?.kind).toBe('recommendation');
    expect(strongestFact([role!])?.kind).toBe('role');
  });

  it('words the years at a former employer, and a current one as colleagues', () => {
    expect(phraseFact(colleagueFact('Acme', '2019-03', '2022-06', false), 0)).toBe(
      'we were both at Acme, where I worked from 2019 to 2022',
    );
    expect(phraseFact(colleagueFact('Acme', '2024-01', '', true), 0)).toBe('we both work at Acme');
  });

  it('names the meeting kind and month of a one-to-one, the title of a group meeting', () => {
    expect(
      phraseFact(meetingFact('Coffee: Michael <> Laura', '2025-05-13T16:00:00Z', true), 0),
    ).toBe('our coffee in May 2025 stayed with me');
    expect(meetingFact('payments guild', '2026-09-03T22:00:00Z', false).detail).toBe(
      'payments guild',
    );
  });

  it('takes the phrasings in turn, and every phrasing names the detail', () => {
    const fact = eventFact('SRE Summit 2023');
    expect(new Set([0, 1, 2].map((t) => phraseFact(fact, t))).size).toBe(3);
    for (const f of [fact, connectedFact('2026-10-29')!, roleFact(undefined, 'Acme')!])
      for (const p of f.phrasings) expect(p).toContain(f.detail);
  });
});
