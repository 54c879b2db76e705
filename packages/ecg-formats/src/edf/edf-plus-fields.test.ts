/**
 * EDF dates and EDF+ identification subfields, on the specification's own examples (Kemp & Olivan
 * 2003, §2.1.3.1–2.1.3.3) and hand-written variants.
 */
import { describe, expect, it } from 'vitest';
import { parseEdfIdentification, parseEdfStartDate, parseEdfStartTime } from './edf-plus-fields.js';

describe('EDF start date and time', () => {
  it.each([
    ['02.03.02', '2002-03-02'],
    ['10.12.09', '2009-12-10'],
    ['31.12.85', '1985-12-31'],
    ['01.01.84', '2084-01-01'],
  ])('%s → %s (EDF+ clipping years 1985–2084)', (text, iso) => {
    expect(parseEdfStartDate(text, [])).toBe(iso);
  });

  it('rejects impossible dates and times with a warning', () => {
    const warnings: string[] = [];
    expect(parseEdfStartDate('31.02.05', warnings)).toBeUndefined();
    expect(parseEdfStartDate('2.3.02', warnings)).toBeUndefined();
    expect(parseEdfStartTime('24.00.00', warnings)).toBeUndefined();
    expect(warnings).toHaveLength(3);
    expect(parseEdfStartTime('23.59.30', [])).toBe('23:59:30');
  });
});

describe('parseEdfIdentification', () => {
  it('the specification example: patient code, sex, birthdate, name; recording subfields', () => {
    const result = parseEdfIdentification(
      'MCH-0234567 F 02-MAY-1951 Haagse_Harry',
      'Startdate 02-MAR-2002 PSG-1234/2002 NN Telemetry03',
      true,
    );
    expect(result).toEqual({
      patient: { id: 'MCH-0234567', sex: 'female', birthDate: '1951-05-02', name: 'Haagse Harry' },
      device: { model: 'Telemetry03' },
      startDate: '2002-03-02',
      comments: ['EDF+ hospital administration code: PSG-1234/2002', 'EDF+ technician: NN'],
    });
  });

  it('X means unknown; additional subfields become comments', () => {
    const result = parseEdfIdentification(
      'X M X X 56_kg',
      'Startdate X X X X lead_off_twice',
      true,
    );
    expect(result).toEqual({
      patient: { sex: 'male' },
      device: {},
      comments: ['EDF+ patient: 56 kg', 'EDF+ recording: lead off twice'],
    });
  });

  it('plain EDF fields (or EDF+ fields breaking the grammar) are kept whole', () => {
    expect(parseEdfIdentification('Jan Jansen 12345', 'Clinic B, bed 4', false)).toEqual({
      patient: { id: 'Jan Jansen 12345' },
      device: {},
      comments: ['EDF recording identification: Clinic B, bed 4'],
    });
    expect(parseEdfIdentification('only-code', 'Recorded on 3 March', true).patient).toEqual({
      id: 'only-code',
    });
  });
});
