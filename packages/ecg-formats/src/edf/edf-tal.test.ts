/**
 * TAL parsing on byte strings written by hand after the EDF+ specification's examples
 * (Kemp & Olivan 2003, §2.2.2: `+180\x14Lights off\x14Close door\x14\x00`,
 * `+1800.2\x1525.5\x14Apnea\x14\x00`).
 */
import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../xml/xml-write.js';
import { parseEdfTals } from './edf-tal.js';

const bytes = encodeUtf8;

describe('parseEdfTals', () => {
  it('reads the specification examples: time-keeping TAL, two texts, a duration', () => {
    const { tals, malformed } = parseEdfTals(
      bytes(
        '+180\x14\x14\x00+180\x14Lights off\x14Close door\x14\x00+1800.2\x1525.5\x14Apnea\x14\x00\x00\x00',
      ),
    );
    expect(malformed).toBe(0);
    expect(tals).toEqual([
      { onsetS: 180, texts: [] },
      { onsetS: 180, texts: ['Lights off', 'Close door'] },
      { onsetS: 1800.2, durationS: 25.5, texts: ['Apnea'] },
    ]);
  });

  it('negative onsets and UTF-8 texts', () => {
    const { tals } = parseEdfTals(bytes('-0.065\x14Schlafstadium Wach – 睡眠\x14\x00'));
    expect(tals).toEqual([{ onsetS: -0.065, texts: ['Schlafstadium Wach – 睡眠'] }]);
  });

  it('counts runs that are not TALs (no sign, no 0x14) and keeps going', () => {
    const { tals, malformed } = parseEdfTals(bytes('180\x14x\x14\x00+5\x00+6\x14ok\x14\x00'));
    expect(malformed).toBe(2);
    expect(tals).toEqual([{ onsetS: 6, texts: ['ok'] }]);
  });

  it('an unterminated last TAL at the end of the signal is still read', () => {
    expect(parseEdfTals(bytes('+1\x14end')).tals).toEqual([{ onsetS: 1, texts: ['end'] }]);
  });
});
