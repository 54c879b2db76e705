import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GesangError } from '@gesang/domain';
import type { EcgRecord } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { poppler } from './poppler.test-helper.js';
import { renderReportPdf } from './render-report-pdf.js';
import { loadReportFonts } from './report-fonts.js';
import type { SignedReport } from './signed-report.js';

const config = loadConfig({});
const dir = mkdtempSync(join(tmpdir(), 'gesang-render-'));

function twelveLeads(): EcgRecord {
  const names = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'];
  return {
    sampleRateHz: 500,
    leads: names.map((name, k) => ({
      name,
      samplesUv: Float32Array.from(
        { length: 5000 },
        (_v, i) => 800 * Math.sin((2 * Math.PI * (i + 40 * k)) / 500),
      ),
    })),
    patient: { name: 'བཀྲ་ཤིས་སྒྲོལ་མ', sex: 'female', ageYears: 35, id: 'P-1' },
    device: {},
    comments: [],
    cartMeasurements: [],
    cartStatements: [],
    format: { name: 'test' },
    warnings: [],
  };
}

function signed(
  statements: SignedReport['report']['statements'],
  conclusion: string,
  version = 1,
): SignedReport {
  const report = {
    version,
    statements,
    conclusion,
    signedBy: { id: '00000000-0000-4000-8000-000000000001', displayName: '次仁 医生' },
    signedAt: '2026-11-23T02:42:41.000Z',
    amendmentReason: version > 1 ? '补充说明' : null,
  };
  const org = {
    id: 'o',
    code: 'county-x',
    nameZh: '测试县人民医院',
    nameEn: 'Test County Hospital',
    nameBo: 'ཚོད་ལྟ།',
  };
  return {
    study: {
      id: '00000000-0000-4000-8000-0000000000aa',
      record: {
        patient: twelveLeads().patient,
        device: {},
        acquisitionTime: null,
        sampleRateHz: 500,
        format: { name: 'test' },
      },
      analysis: null,
      triage: { level: 'critical', reasons: [] },
      report,
    },
    report,
    uploadingOrg: org,
    readingOrg: null,
  } as unknown as SignedReport;
}

async function render(name: string, s: SignedReport): Promise<{ pages: number; text: string }> {
  const pdf = await renderReportPdf({
    signed: s,
    record: twelveLeads(),
    fonts: await loadReportFonts(config.reportFonts),
    config,
  });
  const path = join(dir, name);
  writeFileSync(path, pdf);
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', [path]))?.[1]);
  return { pages, text: poppler('pdftotext', [path, '-']) };
}

describe('renderReportPdf', () => {
  it('prints Tibetan names as text and the critical pre-read', async () => {
    const { pages, text } = await render(
      'short.pdf',
      signed([{ code: 'stemi' }], '急性下壁心肌梗死'),
    );
    expect(pages).toBe(1);
    expect(text).toContain('བཀྲ་ཤིས་སྒྲོལ་མ');
    expect(text).toContain('ཚོད་ལྟ།');
    expect(text).toContain('危急 critical');
    expect(text).toContain('急性下壁心肌梗死');
  });

  it('never cuts what the reader signed: long text continues on further pages', async () => {
    const statements = Array.from({ length: 40 }, (_v, i) => ({
      code: 'free_text',
      text: `第${i}条自由文本诊断描述 statement ${i}`,
    }));
    const conclusion = `${'结论文字很长。'.repeat(300)}最后一句。`;
    const { pages, text } = await render('long.pdf', signed(statements, conclusion, 2));
    expect(pages).toBeGreaterThan(1);
    for (const i of [0, 20, 39]) {
      expect(text).toContain(`statement ${i}`);
    }
    expect(text).toContain('最后一句。');
    expect(text).toContain('Amended (v2): 补充说明');
    expect(text).toContain('continue on the next page');
  });

  it('names a missing font, its variable and the package to install', async () => {
    const missing = loadConfig({ GESANG_REPORT_FONT_TIBETAN: '/nonexistent/Tibetan.ttf' });
    const notFound = await loadReportFonts(missing.reportFonts).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(GesangError);
    expect((notFound as GesangError).status).toBe(503);
    expect((notFound as GesangError).message).toMatch(
      /Tibetan font \/nonexistent\/Tibetan\.ttf.*fonts-tibetan-machine.*GESANG_REPORT_FONT_TIBETAN/,
    );
    const wrongFace = loadConfig({
      GESANG_REPORT_FONT_CJK: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#NoSuchFace',
    });
    const unusable = await renderReportPdf({
      signed: signed([], 'x'),
      record: twelveLeads(),
      fonts: await loadReportFonts(wrongFace.reportFonts),
      config: wrongFace,
    }).catch((e: unknown) => e);
    expect((unusable as GesangError).status).toBe(503);
    expect((unusable as GesangError).message).toContain('(face NoSuchFace)');
  });
});
