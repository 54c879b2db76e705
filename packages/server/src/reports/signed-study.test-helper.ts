/**
 * Test set-up shared by the report tests: a county routing its ECGs to a hub, a technician, a hub
 * reader, a reader at another hub (no grant), and a real cart file uploaded, analysed, claimed and
 * signed through the API.
 */
import { randomUUID } from 'node:crypto';
import type { ReportStatement, Study } from '@gesang/domain';
import { expect } from 'vitest';
import {
  createEcgTestApp,
  sharedEcgFile,
  uploadEcg,
  waitForStudy,
  type EcgTestApp,
} from '../../test/ecg-helpers.js';
import {
  createGrant,
  createOrg,
  createUser,
  signIn,
  uniqueSuffix,
  type Client,
} from '../../test/fixtures.js';

/** The people and organisations of a report test. */
export interface ReportWorld {
  t: EcgTestApp;
  county: { id: string; code: string; zh: string };
  hub: { id: string; code: string; zh: string };
  tech: Client;
  reader: Client;
  readerName: string;
  stranger: Client;
}

/** Builds the world (one app per test file). */
export async function createReportWorld(): Promise<ReportWorld> {
  const t = await createEcgTestApp();
  const db = t.database.db;
  const region = await createOrg(db, { kind: 'region' });
  const hubZh = `日喀则测试心电中心${uniqueSuffix()}`;
  const countyZh = `定日县测试人民医院${uniqueSuffix()}`;
  const hub = await createOrg(db, { kind: 'prefecture', parentId: region.id, zh: hubZh });
  const otherHub = await createOrg(db, { kind: 'prefecture', parentId: region.id });
  const county = await createOrg(db, { kind: 'county', parentId: hub.id, zh: countyZh });
  await createGrant(db, county.id, hub.id, 'ecg');
  const tech = await signIn(
    t.app,
    (await createUser(db, [[county.id, 'ecg_technician']])).username,
  );
  const readerUser = await createUser(db, [[hub.id, 'ecg_reader']]);
  const reader = await signIn(t.app, readerUser.username);
  const stranger = await signIn(
    t.app,
    (await createUser(db, [[otherHub.id, 'ecg_reader']])).username,
  );
  return {
    t,
    county: { ...county, zh: countyZh },
    hub: { ...hub, zh: hubZh },
    tech,
    reader,
    readerName: `User ${readerUser.username}`,
    stranger,
  };
}

/** Uploads `waveform_ecg.dcm` (Mortara ELI 250, 12 leads, 1000 Hz, 10 s) and waits for analysis. */
export async function uploadAnalysedDicom(world: ReportWorld): Promise<Study> {
  const response = await uploadEcg(
    world.t.app,
    world.tech,
    sharedEcgFile('dicom', 'waveform_ecg.dcm'),
    {
      key: randomUUID(),
      fileName: 'waveform_ecg.dcm',
    },
  );
  expect(response.statusCode, response.body).toBe(201);
  const { id } = response.json<{ id: string }>();
  return waitForStudy(world.tech, id, (s) => s.status === 'analysed');
}

/** The hub reader claims and signs `studyId`. */
export async function claimAndSign(
  world: ReportWorld,
  studyId: string,
  statements: ReportStatement[],
  conclusion: string,
): Promise<void> {
  const claim = await world.reader.post(`/api/ecg/studies/${studyId}/claim`);
  expect(claim.statusCode, claim.body).toBe(200);
  const sign = await world.reader.post(`/api/ecg/studies/${studyId}/sign`, {
    statements,
    conclusion,
  });
  expect(sign.statusCode, sign.body).toBe(200);
}
