import { describe, expect, it } from 'vitest';
import { formatMoment, parseIcsTime, resolveIanaZone, type Moment } from './ics-time.js';

function inZone(value: string, tzid: string): string {
  const parsed = parseIcsTime(value);
  const zone = resolveIanaZone(tzid);
  if (!parsed || !zone) throw new Error(`test setup: ${value} ${tzid}`);
  const moment: Moment = { local: parsed.local, isUtc: parsed.isUtc, zone };
  return formatMoment(moment);
}

describe('ics times', () => {
  it('converts wall-clock times with the IANA rules, DST included', () => {
    // New York: EST is UTC-5, EDT (from 10 March 2024) UTC-4.
    expect(inZone('20240301T090000', 'America/New_York')).toBe('2024-03-01T14:00:00Z');
    expect(inZone('20240311T090000', 'America/New_York')).toBe('2024-03-11T13:00:00Z');
    // Kolkata has a half-hour offset and no DST.
    expect(inZone('20240701T093000', 'Asia/Kolkata')).toBe('2024-07-01T04:00:00Z');
  });

  it('finds an IANA name behind a path prefix and refuses names Intl does not know', () => {
    expect(resolveIanaZone('/mozilla.org/20050126_1/Europe/Berlin')).toBeDefined();
    expect(resolveIanaZone('W. Europe Standard Time')).toBeUndefined();
  });

  it('refuses dates that do not exist', () => {
    expect(parseIcsTime('20230229T100000')).toBeUndefined();
    expect(parseIcsTime('20240229')).toMatchObject({ local: { day: 29, isDate: true } });
    expect(parseIcsTime('2024-02-29')).toBeUndefined();
  });
});
