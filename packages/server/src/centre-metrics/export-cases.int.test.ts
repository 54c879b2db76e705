import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrg,
  createPatientRecord,
  createUser,
  makeResidentId,
  signIn,
  type Client,
} from '../../test/fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { auditEvents } from '../db/schema/index.js';
import { chestPain, storeCases } from './analytics-fixtures.test-helper.js';

// The national chest-pain platform's field order as chest-pain-columns.ts documents it, written
// out here by hand so that a change of order fails this test.
const expectedHeader = [
  '病例编号', '医院', '患者姓名', '性别', '年龄', '身份证号', '住院号/门诊号',
  '发病时间', '发病时间段(时间不详时)', '呼救时间', '来院方式',
  '首次医疗接触时间', '首份心电图时间', '远程心电传输', '心电图传输时间', '心电图确诊时间',
  '到达本院大门时间', '肌钙蛋白抽血时间', '肌钙蛋白报告时间', '肌钙蛋白值', '肌钙蛋白单位',
  '初步诊断', 'Killip分级',
  '双抗负荷量给药时间', '阿司匹林剂量(mg)', 'P2Y12受体拮抗剂', 'P2Y12受体拮抗剂剂量(mg)', '抗凝给药时间',
  '再灌注措施', '开始知情同意时间', '签署知情同意书时间', '溶栓药物', '溶栓开始时间', '溶栓结束时间',
  '转出医院离开大门时间', '双程转运', '到达PCI医院大门时间',
  '启动导管室时间', '导管室激活时间', '患者到达导管室时间', '开始穿刺时间', '造影开始时间', '导丝通过时间',
  '罪犯血管', '植入支架数', '绕行急诊', '绕行CCU', '入住CCU时间',
  '出院诊断', '出院时间', '死亡时间', '转归',
  '首次医疗接触-首份心电图(分钟)', '进门-导丝通过(分钟)', '进门-溶栓(分钟)', '进门-出门(分钟)',
  '审核标记', '演示数据',
]; // prettier-ignore

const period = 'from=2025-03-01&to=2025-03-31';
let t: TestApp;
let coordinator: Client;
let coordinatorName: string;
let orgAdmin: Client;
let caseIds: string[];
const residentId = makeResidentId('1970-06-15', 'female');

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const hub = (await createOrg(db, { kind: 'prefecture', zh: '枢纽医院', en: 'Hub Hospital' })).id;
  const county = (await createOrg(db, { kind: 'county', parentId: hub })).id;
  const drolma = await createPatientRecord(db, {
    orgId: hub,
    nameZh: '卓玛',
    namePinyin: 'Zhuoma',
    sex: 'female',
    birthDate: '1970-06-15',
    identifiers: [
      { system: 'resident-id', value: residentId },
      { system: 'mrn', value: 'H-0001', orgId: hub },
    ],
  });
  // Registered at the county only, which shares no patients with the hub: hidden from it.
  const hidden = await createPatientRecord(db, { orgId: county, nameZh: '次仁', sex: 'male' });
  caseIds = await storeCases(db, [
    {
      ...chestPain(hub, '2025-03-05 08:00', 8, {
        fmc: '2025-03-05 07:10',
        events: { wire_crossing: 70 },
        attributes: {
          diagnosis: 'stemi',
          reperfusion: 'primary_pci',
          arrivalMode: 'ambulance_120',
          killipClass: 2,
          troponinValue: 1250,
          troponinUnit: 'ng_l',
          aspirinDoseMg: 300,
          p2y12Agent: 'ticagrelor',
          p2y12DoseMg: 180,
          culpritVessel: 'lad',
          stentCount: 1,
          outcome: 'survived',
        },
      }),
      patientId: drolma.id,
    },
    {
      ...chestPain(county, '2025-03-20 09:00', 15, {
        events: { departure_for_pci: 25 },
        attributes: { diagnosis: 'stemi', reperfusion: 'transfer_for_pci' },
      }),
      patientId: hidden.id,
    },
  ]);
  const user = await createUser(db, [[hub, 'chest_pain_coordinator']]);
  coordinatorName = user.username;
  coordinator = await signIn(t.app, user.username);
  orgAdmin = await signIn(t.app, (await createUser(db, [[hub, 'org_admin']])).username);
}, 60_000);
afterAll(async () => {
  await t.close();
});

function parseCsv(body: string): Record<string, string>[] {
  expect(body.startsWith('\uFEFF')).toBe(true);
  const [header = '', ...lines] = body.slice(1).trimEnd().split('\r\n');
  const names = header.split(',');
  expect(names).toEqual(expectedHeader);
  return lines.map((line): Record<string, string> =>
    Object.fromEntries(line.split(',').map((v, i): [string, string] => [names[i] ?? '', v])),
  );
}

describe('GET /api/centres/cases.csv', () => {
  it('writes the platform’s header and one row per case, patient data only where visible', async () => {
    const response = await coordinator.get(`/api/centres/cases.csv?centre=chest_pain&${period}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('chest_pain-cases-2025-03-01');
    const [first, second] = parseCsv(response.body);
    expect(first).toMatchObject({
      病例编号: caseIds[0],
      医院: '枢纽医院',
      患者姓名: '卓玛',
      性别: '女',
      年龄: '54',
      身份证号: residentId,
      '住院号/门诊号': 'H-0001',
      来院方式: '呼叫120',
      首次医疗接触时间: '2025-03-05 07:10',
      首份心电图时间: '2025-03-05 07:18',
      到达本院大门时间: '2025-03-05 08:00',
      导丝通过时间: '2025-03-05 09:10',
      肌钙蛋白值: '1250',
      肌钙蛋白单位: 'ng/L',
      初步诊断: 'STEMI',
      Killip分级: '2',
      P2Y12受体拮抗剂: '替格瑞洛',
      罪犯血管: '前降支',
      再灌注措施: '直接PCI',
      转归: '出院',
      '首次医疗接触-首份心电图(分钟)': '8',
      '进门-导丝通过(分钟)': '70',
      '进门-出门(分钟)': '',
      演示数据: '否',
    });
    expect(second).toMatchObject({
      病例编号: caseIds[1],
      患者姓名: '',
      身份证号: '',
      性别: '',
      再灌注措施: '转运PCI',
      转出医院离开大门时间: '2025-03-20 09:25',
      '进门-出门(分钟)': '25',
    });
  });

  it('audits the export once as a read of patient data', async () => {
    const rows = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorUsername, coordinatorName),
          eq(auditEvents.action, 'patient.export'),
        ),
      );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.details).toMatchObject({ format: 'csv', cases: 2, patientsShown: 1 });
  });

  it('leaves every patient column empty for an administrator without patient:read', async () => {
    const response = await orgAdmin.get(`/api/centres/cases.csv?centre=chest_pain&${period}`);
    const rows = parseCsv(response.body);
    expect(rows.map((row) => [row.患者姓名, row.身份证号, row['住院号/门诊号']])).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
    expect(rows[0]?.['进门-导丝通过(分钟)']).toBe('70');
  });

  it('names the columns in English on request, and exports other centres by their catalogue', async () => {
    const en = await coordinator.get(`/api/centres/cases.csv?lang=en&${period}`);
    expect(en.body.slice(1)).toMatch(
      /^Case ID,Hospital,Patient name,Sex,Age \(years\),Resident ID,Medical record number,/,
    );
    const stroke = await coordinator.get(`/api/centres/cases.csv?centre=stroke&${period}`);
    expect(stroke.statusCode).toBe(200);
    expect(stroke.body.split('\r\n')[0]).toContain('卒中类型');
    expect(stroke.body.trimEnd().split('\r\n')).toHaveLength(1);
    const bad = await coordinator.get('/api/centres/cases.csv?lang=fr');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'query.lang' });
  });
});

describe('GET /api/centres/cases.xlsx', () => {
  it('reads back with the same header, times as China wall-clock date-times', async () => {
    const response = await coordinator.get(`/api/centres/cases.xlsx?${period}`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expectedHeader);
    const row = (sheet?.getRow(2).values as unknown[]).slice(1);
    const cell = (name: string): unknown => row[expectedHeader.indexOf(name)];
    expect(cell('病例编号')).toBe(caseIds[0]);
    expect(cell('首次医疗接触时间')).toEqual(new Date(Date.UTC(2025, 2, 5, 7, 10)));
    expect(cell('进门-导丝通过(分钟)')).toBe(70);
    expect(cell('身份证号')).toBe(residentId);
    expect(sheet?.rowCount).toBe(3);
    expect(workbook.getWorksheet('说明')?.getCell('B4').value).toBe('真实病例');
  });
});
