import { describe, expect, it } from 'vitest';
import { metAtEvent } from './met-at-event.js';

const summit = { name: 'Payments Summit', startsAt: '2026-03-10T09:00:00Z', status: 'ATTENDING' };
const webinar = { name: 'Platform Webinar', startsAt: '2026-03-14T16:00:00Z', status: 'ATTENDING' };
const skipped = { name: 'Cloud Day', startsAt: '2026-03-12T09:00:00Z', status: 'NOT_ATTENDING' };

describe('metAtEvent', () => {
  it('names the event the user attended within the week before connecting', () => {
    expect(metAtEvent('2026-03-10', [summit])?.name).toBe('Payments Summit');
    expect(metAtEvent('2026-03-17', [summit])?.name).toBe('Payments Summit');
    // The latest of two that both fit.
    expect(metAtEvent('2026-03-15', [summit, webinar])?.name).toBe('Platform Webinar');
  });

  it('finds nothing before the event, after the week, for events not attended, or undated', () => {
    expect(metAtEvent('2026-03-09', [summit])).toBeUndefined();
    expect(metAtEvent('2026-03-18', [summit])).toBeUndefined();
    expect(metAtEvent('2026-03-12', [skipped])).toBeUndefined();
    expect(metAtEvent(null, [summit])).toBeUndefined();
    expect(metAtEvent('3/12/26', [summit])).toBeUndefined();
  });
});
