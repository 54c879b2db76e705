import { describe, expect, it } from 'vitest';
import { acquisitionInstant } from './acquisition-instant.js';
import { chooseHub } from './green-channel-hub.js';
import { statesStemi } from './open-green-channel.js';

describe('acquisitionInstant', () => {
  it('reads a cart time without offset as Beijing time (UTC+8, no daylight saving)', () => {
    // 08:15:30 in Xigaze on 1 March 2026 is 00:15:30 UTC.
    const at = acquisitionInstant({ date: '2026-03-01', time: '08:15:30' }, 'Asia/Shanghai');
    expect(at?.toISOString()).toBe('2026-03-01T00:15:30.000Z');
  });

  it('uses the offset the file states, with fractions of a second', () => {
    const at = acquisitionInstant(
      { date: '2013-01-25', time: '10:59:19.25', utcOffsetMinutes: 60 },
      'Asia/Shanghai',
    );
    expect(at?.toISOString()).toBe('2013-01-25T09:59:19.250Z');
  });

  it('crosses midnight backwards for an early-morning time', () => {
    const at = acquisitionInstant({ date: '2026-01-01', time: '03:00' }, 'Asia/Shanghai');
    expect(at?.toISOString()).toBe('2025-12-31T19:00:00.000Z');
  });

  it('gives null without a usable date and time', () => {
    expect(acquisitionInstant(null, 'Asia/Shanghai')).toBeNull();
    expect(acquisitionInstant({ date: '2026-03-01' }, 'Asia/Shanghai')).toBeNull();
    expect(acquisitionInstant({ time: '08:00:00' }, 'Asia/Shanghai')).toBeNull();
    expect(acquisitionInstant({ date: '2026-13-01', time: '08:00' }, 'Asia/Shanghai')).toBeNull();
    expect(acquisitionInstant({ date: '2026-03-01', time: '25:00' }, 'Asia/Shanghai')).toBeNull();
  });
});

describe('chooseHub', () => {
  const county = { id: 'county', kind: 'county' };
  const hub = { id: 'hub', kind: 'prefecture' };
  const region = { id: 'region', kind: 'region' };

  it('takes the prefecture above the county that its ECGs are routed to', () => {
    expect(chooseHub([county, hub, region], ['hub'])).toBe('hub');
  });

  it('takes the nearest prefecture above when the routed one is elsewhere', () => {
    // Routed to another prefecture only: that one is chosen, the study goes where it is read.
    expect(chooseHub([county, hub, region], ['other-hub'])).toBe('other-hub');
    // Routed nowhere: the prefecture above.
    expect(chooseHub([county, hub, region], [])).toBe('hub');
  });

  it('keeps a prefecture hospital’s own ECG at home, and finds none without a prefecture', () => {
    expect(chooseHub([hub, region], ['hub-two'])).toBe('hub');
    expect(chooseHub([county, region], [])).toBeNull();
  });

  it('walks past a township to its county’s prefecture', () => {
    const township = { id: 'thc', kind: 'township' };
    expect(chooseHub([township, county, hub, region], [])).toBe('hub');
  });
});

describe('statesStemi', () => {
  it('is true only when the signed statements include the STEMI code', () => {
    expect(statesStemi([{ code: 'sinus_rhythm' }, { code: 'stemi' }])).toBe(true);
    expect(statesStemi([{ code: 'st_elevation' }, { code: 'sinus_rhythm' }])).toBe(false);
    expect(statesStemi([{ code: 'free_text', text: 'STEMI' }])).toBe(false);
    expect(statesStemi([])).toBe(false);
  });
});
