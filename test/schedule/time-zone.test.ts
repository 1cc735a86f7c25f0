import { describe, expect, it } from 'vitest';

describe('the machine time zone the tests run in', () => {
  it('is the one the run asks for, so the reruns in other zones are real', () => {
    const july = new Date(Date.UTC(2018, 6, 1, 12));
    const offsets: Record<string, number> = { UTC: 0, 'America/New_York': 240 };
    const zone = process.env.TZ;
    if (zone !== undefined && zone in offsets) expect(july.getTimezoneOffset()).toBe(offsets[zone]);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(
      zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
  });
});
