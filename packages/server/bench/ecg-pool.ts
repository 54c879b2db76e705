import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  parseWfdbHeader,
  readWfdbRecord,
  writeDicomEcg,
  type EcgRecord,
} from '@gesang/ecg-formats';

/** One upload body ready to send: a real ECG file as multipart/form-data. */
export interface PoolFile {
  name: string;
  /** The file itself. */
  bytes: Uint8Array;
  /** The multipart body (field `file`), encoded once by the platform's FormData. */
  body: Buffer;
  contentType: string;
}

/** `../shared/data` beside the repository. */
export const sharedData = resolve(
  fileURLToPath(new URL('../../../../shared/data', import.meta.url)),
);

/** 12-lead development folders of `shared/data/ecg` (MIT-BIH and PTB are long Holter-like records). */
const twelveLeadFolders = [
  'ptbxl',
  'ptbxl_wfdb',
  'georgia',
  'chapman_ningbo',
  'cpsc2018',
  'cpsc2018_extra',
  'ludb',
];

/** Every `.hea` under `dir`, recursively. */
function headers(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.hea'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The record's first `seconds` (a cart's resting ECG is 10 s; CPSC records run up to 60 s). */
function firstSeconds(record: EcgRecord, seconds: number): EcgRecord {
  const n = Math.round(record.sampleRateHz * seconds);
  return {
    ...record,
    leads: record.leads.map((lead) => ({ ...lead, samplesUv: lead.samplesUv.subarray(0, n) })),
  };
}

async function multipart(name: string, bytes: Uint8Array): Promise<PoolFile> {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    name,
    bytes,
    body: Buffer.from(await request.arrayBuffer()),
    contentType: request.headers.get('content-type') ?? '',
  };
}

/**
 * The bench's upload pool: every 12-lead record of the development folders (first 10 s), written
 * as DICOM 12-lead ECG by our writer (a format the server reads; WFDB needs two files), plus every
 * single-file device sample of `shared/data/ecg-formats` as it is. Distinct records, so each
 * upload carries a real, different ECG; a record that cannot be written is skipped.
 * @returns the files, each as a ready multipart body.
 * @example const pool = await loadEcgPool(); pool.length // ≈ 240
 */
export async function loadEcgPool(): Promise<PoolFile[]> {
  const pool: PoolFile[] = [];
  for (const folder of twelveLeadFolders) {
    const dir = join(sharedData, 'ecg', folder);
    for (const hea of existsSync(dir) ? headers(dir) : []) {
      const header = parseWfdbHeader(readFileSync(hea, 'latin1'));
      const files: Record<string, Uint8Array> = {};
      for (const { fileName } of header.signals) {
        files[fileName] ??= readFileSync(join(hea, '..', fileName));
      }
      try {
        const record = firstSeconds(readWfdbRecord(header, files), 10);
        if (record.leads.length === 12) {
          pool.push(await multipart(`${folder}-${header.recordName}.dcm`, writeDicomEcg(record)));
        }
      } catch {
        // a record our DICOM writer cannot hold (e.g. a sampling rate outside the IOD's range)
      }
    }
  }
  const formats = join(sharedData, 'ecg-formats');
  for (const entry of readdirSync(formats, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && !entry.name.endsWith('.md') && !entry.parentPath.endsWith('wfdb')) {
      pool.push(await multipart(entry.name, readFileSync(join(entry.parentPath, entry.name))));
    }
  }
  if (pool.length === 0) {
    throw new Error(`no ECG files under ${sharedData} (see shared/data/ecg/README.md)`);
  }
  return pool;
}
