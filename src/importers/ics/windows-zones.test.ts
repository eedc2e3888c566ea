import { describe, expect, it } from 'vitest';
import { displayNameTargets, windowsZoneTargets, windowsZoneToIana } from './windows-zones.js';

describe('windowsZoneToIana', () => {
  it('maps ids and display names, old and new, and nothing else', () => {
    expect(windowsZoneToIana('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(windowsZoneToIana('"Romance Standard Time"')).toBe('Europe/Paris');
    expect(windowsZoneToIana('(UTC-05:00) Eastern Time (US & Canada)')).toBe('America/New_York');
    expect(windowsZoneToIana('(GMT+10:00) Canberra, Melbourne, Sydney')).toBe('Australia/Sydney');
    expect(windowsZoneToIana('(UTC) Coordinated Universal Time')).toBe('Etc/UTC');
    expect(windowsZoneToIana('Customized Time Zone')).toBeUndefined();
  });

  it('names only zones the IANA database (through Intl) knows, and only ids the table has', () => {
    const unknown = windowsZoneTargets().filter((zone) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return false;
      } catch {
        return true;
      }
    });
    expect(unknown).toEqual([]);
    expect(displayNameTargets().filter((id) => windowsZoneToIana(id) === undefined)).toEqual([]);
  });
});
