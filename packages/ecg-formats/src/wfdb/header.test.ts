/**
 * WFDB header parsing on hand-written lines, including the exact lines of the shared databases
 * (MIT-BIH, LUDB, PTB, the Challenge re-releases); expectations read off header(5) and the lines.
 */
import { describe, expect, it } from 'vitest';
import { EcgFormatError } from '../errors.js';
import { patientFromWfdbComments } from './header-comments.js';
import { parseWfdbHeader } from './header.js';
import { parseWfdbSignalLine } from './signal-line.js';

describe('parseWfdbSignalLine', () => {
  it('MIT-BIH 212 line: baseline defaults to the ADC zero', () => {
    expect(parseWfdbSignalLine('100.dat 212 200 11 1024 995 -22131 0 MLII', 2, 0)).toMatchObject({
      fileName: '100.dat',
      format: 212,
      samplesPerFrame: 1,
      skew: 0,
      byteOffset: 0,
      adcGain: 200,
      uncalibrated: false,
      baseline: 1024,
      units: 'mV',
      adcResolution: 11,
      adcZero: 1024,
      initialValue: 995,
      checksum: -22131,
      blockSize: 0,
      description: 'MLII',
    });
  });

  it('LUDB line: per-lead gain and baseline, resolution 0 means "not given"', () => {
    const spec = parseWfdbSignalLine('1.dat 16 1716(6)/mV 0 0 -120 -32198 0 i', 2, 0);
    expect(spec).toMatchObject({ adcGain: 1716, baseline: 6, units: 'mV', adcResolution: 16 });
    expect(spec).toMatchObject({ adcZero: 0, initialValue: -120, checksum: -32198 });
  });

  it('Challenge `16x1+24` line: samples per frame, byte offset, lower-case units', () => {
    const spec = parseWfdbSignalLine('HR06000.mat 16x1+24 1000.0(0)/mv 16 0 10 23323 0 I', 2, 0);
    expect(spec).toMatchObject({ format: 16, samplesPerFrame: 1, byteOffset: 24, units: 'mv' });
    expect(parseWfdbSignalLine('A.mat 16+24 1000/mV 16 0 28 -1716 0 I', 2, 0).byteOffset).toBe(24);
  });

  it('PTB line with a bare gain: units default to mV', () => {
    const spec = parseWfdbSignalLine('s0010_re.dat 16 2000 16 0 -489 -8337 0 i', 2, 0);
    expect(spec).toMatchObject({ adcGain: 2000, baseline: 0, units: 'mV', description: 'i' });
  });

  it('skew and offset together; a description with blanks', () => {
    const spec = parseWfdbSignalLine('x.dat 16x1:3+512 100/uV 12 0 0 0 0 ECG lead II', 2, 0);
    expect(spec).toMatchObject({
      skew: 3,
      byteOffset: 512,
      units: 'uV',
      description: 'ECG lead II',
    });
  });

  it('only the file and format: gain 200 (uncalibrated), zero and initial value 0', () => {
    const spec = parseWfdbSignalLine('x.dat 212', 2, 0);
    expect(spec).toMatchObject({ adcGain: 200, uncalibrated: true, baseline: 0, initialValue: 0 });
    expect(spec.checksum).toBeUndefined();
  });

  it.each([
    ['x.dat 16 abc', 'signal 3 gain'],
    ['x.dat 16q', 'signal 3 format'],
    ['x.dat 16 200 12 0 1.5', 'signal 3 initial value'],
  ])('%j → bad-header naming %j', (line, field) => {
    expect(() => parseWfdbSignalLine(line, 5, 3)).toThrow(EcgFormatError);
    expect(() => parseWfdbSignalLine(line, 5, 3)).toThrow(expect.objectContaining({ field }));
  });
});

describe('parseWfdbHeader', () => {
  it('Challenge record line: date before time, DD-Mon-YYYY', () => {
    const header = parseWfdbHeader(
      'HR00001 1 500 5000 04-Jun-2020 15:11:55\nHR00001.mat 16+24 200/mV 16 0 -115 13047 0 I\n',
    );
    expect(header).toMatchObject({ recordName: 'HR00001', sampleRateHz: 500, sampleCount: 5000 });
    expect(header.acquisitionTime).toEqual({ date: '2020-06-04', time: '15:11:55' });
    expect(header.warnings).toEqual([]);
  });

  it('header(5) record line: time then DD/MM/YYYY date; comments before the record line', () => {
    const header = parseWfdbHeader(
      '# made by hand\r\nr 1 360 10 9:05:00 25/12/2021\r\nr.dat 16\r\n',
    );
    expect(header.acquisitionTime).toEqual({ date: '2021-12-25', time: '09:05:00' });
    expect(header.comments).toEqual(['made by hand']);
  });

  it('defaults: 250 Hz and no sample count when the record line stops early', () => {
    const header = parseWfdbHeader('r 1\nr.dat 80\n');
    expect(header.sampleRateHz).toBe(250);
    expect(header.sampleCount).toBeUndefined();
  });

  it('rejects a multi-segment record with a clear `unsupported` error', () => {
    const parse = (): unknown => parseWfdbHeader('multi/3 2 360 1000\nseg1 500\n');
    expect(parse).toThrow(expect.objectContaining({ code: 'unsupported' }));
    expect(parse).toThrow(/multi-segment/);
  });

  it.each([
    ['', 'record line'],
    ['r x 360', 'number of signals'],
    ['r 1 fast', 'sampling frequency'],
    ['r 2 360 100\nr.dat 16\n', 'signal lines'],
  ])('%j → bad-header (%s)', (text, field) => {
    expect(() => parseWfdbHeader(text)).toThrow(
      expect.objectContaining({ code: 'bad-header', field }),
    );
  });
});

describe('patientFromWfdbComments', () => {
  it.each([
    [['<age>: 52 <sex>: M'], { ageYears: 52, sex: 'male' }],
    [['<age>: 51', '<sex>: F', '<diagnoses>:'], { ageYears: 51, sex: 'female' }],
    [['Age: 56', 'Sex: Female', 'Dx: 426783006'], { ageYears: 56, sex: 'female' }],
    [['Age: NaN', 'Sex: Female'], { sex: 'female' }],
    [['age: 81', 'sex: female', 'ECG date: 01/10/1990'], { ageYears: 81, sex: 'female' }],
    [['69 M 1085 1629 x1', 'Aldomet, Inderal'], { ageYears: 69, sex: 'male' }],
    [['Reason for admission: Myocardial infarction'], {}],
  ])('%j → %j', (comments, patient) => {
    expect(patientFromWfdbComments(comments)).toEqual(patient);
  });
});
