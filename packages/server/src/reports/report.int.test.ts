import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema/index.js';
import { poppler } from './poppler.test-helper.js';
import {
  claimAndSign,
  createReportWorld,
  uploadAnalysedDicom,
  type ReportWorld,
} from './signed-study.test-helper.js';

let world: ReportWorld;
let studyId: string;
const tmp = mkdtempSync(join(tmpdir(), 'gesang-report-'));
/** The reader's conclusion, with every HL7 delimiter in it. */
const conclusion = '窦性心律，正常心电图。Delimiters | ^ ~ \\ & end';

beforeAll(async () => {
  world = await createReportWorld();
  studyId = (await uploadAnalysedDicom(world)).id;
});
afterAll(async () => {
  await world.t.close();
});

const pdfPath = (name: string): string => join(tmp, name);

describe('report.pdf', () => {
  it('is 404 until the study is signed', async () => {
    expect((await world.tech.get(`/api/ecg/studies/${studyId}/report.pdf`)).statusCode).toBe(404);
    expect((await world.tech.get(`/api/ecg/studies/${studyId}/report.hl7`)).statusCode).toBe(404);
    await claimAndSign(
      world,
      studyId,
      [{ code: 'sinus_rhythm' }, { code: 'free_text', text: '建议复查 | recheck' }],
      conclusion,
    );
  });

  it('prints one A4 landscape page with the hospital, the conclusion and the reader', async () => {
    const response = await world.tech.get(`/api/ecg/studies/${studyId}/report.pdf`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    writeFileSync(pdfPath('v1.pdf'), pdf);
    const info = poppler('pdfinfo', [pdfPath('v1.pdf')]);
    expect(info).toMatch(/^Pages:\s+1$/m);
    // A4 is 210 × 297 mm = 595.28 × 841.89 pt; landscape puts the long side across.
    expect(info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts \(A4\)$/m);
    const text = poppler('pdftotext', ['-layout', pdfPath('v1.pdf'), '-']);
    expect(text).toContain(world.county.zh);
    expect(text).toContain(world.hub.zh);
    expect(text).toContain('窦性心律，正常心电图。');
    expect(text).toContain('Delimiters | ^ ~ \\ & end');
    expect(text).toContain(world.readerName);
    expect(text).toContain('SNOMED CT 426783006');
    expect(text).toContain(studyId);
    // The Tibetan name of the county (fixtures give every organisation ཚོད་ལྟ།) is embedded as text.
    expect(text).toContain('ཚོད');

    const audits = await world.t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, studyId), eq(auditEvents.action, 'ecg.report.pdf')));
    expect(audits.length).toBe(1);
  });

  it('is the same 404 for a reader whose organisation has no grant from the county', async () => {
    const response = await world.stranger.get(`/api/ecg/studies/${studyId}/report.pdf`);
    expect(response.statusCode).toBe(404);
    expect((await world.stranger.get(`/api/ecg/studies/${studyId}/report.hl7`)).statusCode).toBe(
      404,
    );
    // The reading hub sees it.
    expect((await world.reader.get(`/api/ecg/studies/${studyId}/report.pdf`)).statusCode).toBe(200);
  });
});

/** A minimal ER7 reader written for this test from HL7 v2.5.1 §2.5–2.7, independent of ours. */
function parseEr7(message: string): Map<string, string[][]> {
  const segments = new Map<string, string[][]>();
  for (const line of message.split('\r').filter((l) => l !== '')) {
    const fields = line.split('|');
    const name = fields[0] ?? '';
    // MSH-1 is the field separator itself: shift so that index n is field n.
    const numbered = name === 'MSH' ? ['MSH', '|', ...fields.slice(1)] : fields;
    segments.set(name, [...(segments.get(name) ?? []), numbered]);
  }
  return segments;
}

function unescape(value: string): string {
  const table: Record<string, string> = { F: '|', S: '^', T: '&', R: '~', E: '\\', '.br': '\n' };
  return value.replace(/\\(F|S|T|R|E|\.br)\\/g, (_m, code: string) => table[code] ?? '');
}

const field = (segment: string[] | undefined, n: number): string => segment?.[n] ?? '';
const component = (value: string, n: number): string => value.split('^')[n - 1] ?? '';

describe('report.hl7', () => {
  it('is an ORU^R01 message with the study, measurements, coded statements and conclusion', async () => {
    const response = await world.tech.get(`/api/ecg/studies/${studyId}/report.hl7`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/hl7-v2; charset=utf-8');
    const message = response.body;
    expect(message.includes('\n')).toBe(false);
    expect(message.endsWith('\r')).toBe(true);
    const segments = parseEr7(message);
    expect([...segments.keys()]).toEqual(['MSH', 'PID', 'OBR', 'OBX']);

    const msh = segments.get('MSH')?.[0];
    expect(field(msh, 1)).toBe('|');
    expect(field(msh, 2)).toBe('^~\\&');
    expect(field(msh, 4)).toBe(world.hub.code);
    expect(field(msh, 6)).toBe(world.county.code);
    expect(field(msh, 9)).toBe('ORU^R01^ORU_R01');
    expect(field(msh, 10)).toMatch(/^[0-9A-F]{20}$/);
    expect(field(msh, 12)).toBe('2.5.1');
    expect(field(msh, 18)).toBe('UNICODE UTF-8');
    expect(field(msh, 7)).toMatch(/^\d{14}\+0800$/);

    // Expected patient fields from pydicom: PatientID 642341, PatientSex F, PatientBirthDate 19710123.
    const pid = segments.get('PID')?.[0];
    expect(component(field(pid, 3), 1)).toBe('642341');
    expect(component(field(pid, 3), 4)).toBe(world.county.code);
    expect(field(pid, 7)).toBe('19710123');
    expect(field(pid, 8)).toBe('F');

    const obr = segments.get('OBR')?.[0];
    expect(field(obr, 3)).toBe(`${studyId}^GESANG`);
    expect(field(obr, 4)).toBe('11524-6^EKG study^LN');
    // pydicom: AcquisitionDateTime 20130125105919, no TimezoneOffsetFromUTC.
    expect(field(obr, 7)).toBe('20130125105919');
    expect(field(obr, 25)).toBe('F');

    const obx = segments.get('OBX') ?? [];
    const rate = obx.find((s) => field(s, 3).startsWith('8867-4^'));
    expect(field(rate, 2)).toBe('NM');
    expect(Number(field(rate, 5))).toBeGreaterThan(40);
    expect(field(rate, 6)).toBe('/min^/min^UCUM');
    const qrs = obx.find((s) => field(s, 3).startsWith('8633-0^'));
    expect(field(qrs, 6)).toBe('ms^ms^UCUM');
    const coded = obx.find((s) => field(s, 2) === 'CWE');
    expect(field(coded, 3)).toBe('8601-7^EKG impression^LN');
    expect(component(field(coded, 5), 1)).toBe('426783006');
    expect(component(field(coded, 5), 3)).toBe('SCT');
    expect(component(field(coded, 5), 4)).toBe('sinus_rhythm');
    const freeText = obx.find((s) => field(s, 2) === 'TX');
    expect(unescape(field(freeText, 5))).toBe('建议复查 | recheck');
    const ft = obx.find((s) => field(s, 2) === 'FT');
    expect(field(ft, 5)).toBe('窦性心律，正常心电图。Delimiters \\F\\ \\S\\ \\R\\ \\E\\ \\T\\ end');
    expect(unescape(field(ft, 5))).toBe(conclusion);
    expect(obx.every((s) => field(s, 11) === 'F')).toBe(true);
    expect(obx.map((s) => field(s, 1))).toEqual(obx.map((_s, i) => String(i + 1)));
  });

  it('marks an amended report C (corrected) and carries the reason', async () => {
    const amend = await world.reader.post(`/api/ecg/studies/${studyId}/amend`, {
      statements: [{ code: 'sinus_rhythm' }],
      conclusion: '窦性心律\n复查正常',
      reason: '补充: a|b',
    });
    expect(amend.statusCode, amend.body).toBe(200);
    const segments = parseEr7(
      (await world.tech.get(`/api/ecg/studies/${studyId}/report.hl7`)).body,
    );
    expect(field(segments.get('OBR')?.[0], 25)).toBe('C');
    expect(unescape(field(segments.get('NTE')?.[0], 3))).toBe('已修订 Amended (v2): 补充: a|b');
    const ft = (segments.get('OBX') ?? []).find((s) => field(s, 2) === 'FT');
    expect(unescape(field(ft, 5))).toBe('窦性心律\n复查正常');
    expect((segments.get('OBX') ?? []).every((s) => field(s, 11) === 'C')).toBe(true);

    const pdf = await world.tech.get(`/api/ecg/studies/${studyId}/report.pdf`);
    writeFileSync(pdfPath('v2.pdf'), pdf.rawPayload);
    const text = poppler('pdftotext', ['-layout', pdfPath('v2.pdf'), '-']);
    expect(text).toContain('Amended (v2): 补充: a|b');
    expect(poppler('pdfinfo', [pdfPath('v2.pdf')])).toMatch(/^Pages:\s+1$/m);
  });
});
