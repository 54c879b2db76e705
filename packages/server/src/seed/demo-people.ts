import type { Role } from '@gesang/domain';

/**
 * One demo login: username, display name, and roles by organisation code (the first one listed is
 * where the login acts after signing in).
 */
export interface DemoUser {
  username: string;
  displayName: string;
  locale: 'zh-CN' | 'en' | 'bo';
  roles: [orgCode: string, role: Role][];
  /** Code of the demo patient this login belongs to (patient role). */
  patientKey?: string;
}

/** One login per role (README lists them). */
export const demoUsers: DemoUser[] = [
  {
    username: 'admin',
    displayName: '联盟管理员 Consortium admin',
    locale: 'zh-CN',
    roles: [['xigaze-peoples', 'consortium_admin']],
  },
  {
    username: 'tech.lhatse',
    displayName: '次仁 Tsering (ECG technician)',
    locale: 'bo',
    roles: [['lhatse-county', 'ecg_technician']],
  },
  {
    username: 'doctor.lhatse',
    displayName: '尼玛 Nyima (county doctor)',
    locale: 'zh-CN',
    roles: [
      ['lhatse-county', 'county_doctor'],
      ['lhatse-quxia-thc', 'county_doctor'],
    ],
  },
  {
    username: 'orgadmin.lhatse',
    displayName: '拉孜信息科 Lhatse IT',
    locale: 'zh-CN',
    roles: [['lhatse-county', 'org_admin']],
  },
  {
    username: 'tech.gyantse',
    displayName: '普布 Phurbu (ECG technician)',
    locale: 'bo',
    roles: [['gyantse-county', 'ecg_technician']],
  },
  {
    username: 'reader.shanghai',
    displayName: '王医生 Dr Wang (ECG reader)',
    locale: 'zh-CN',
    roles: [['shanghai-ecg-centre', 'ecg_reader']],
  },
  {
    username: 'reader.xigaze',
    displayName: '格桑 Kelsang (ECG reader)',
    locale: 'zh-CN',
    // The first role listed is where the login acts by default: the hub, not the region.
    roles: [
      ['xigaze-peoples', 'ecg_reader'],
      ['tar-peoples', 'ecg_reader'],
    ],
  },
  {
    username: 'reader2.xigaze',
    displayName: '巴桑 Pasang (ECG reader, nights)',
    locale: 'zh-CN',
    roles: [['xigaze-peoples', 'ecg_reader']],
  },
  {
    username: 'cardiologist.xigaze',
    displayName: '平措 Phuntsok (on-call cardiologist)',
    locale: 'zh-CN',
    roles: [['xigaze-peoples', 'ecg_reader']],
  },
  {
    username: 'reader2.shanghai',
    displayName: '张医生 Dr Zhang (ECG reader, nights)',
    locale: 'zh-CN',
    roles: [['shanghai-ecg-centre', 'ecg_reader']],
  },
  {
    username: 'coordinator.shanghai',
    displayName: '陈医生 Dr Chen (reading-centre coordinator)',
    locale: 'zh-CN',
    roles: [['shanghai-ecg-centre', 'ecg_reader']],
  },
  {
    username: 'cpc.xigaze',
    displayName: '卓玛 Drolma (chest-pain coordinator)',
    locale: 'zh-CN',
    roles: [['xigaze-peoples', 'chest_pain_coordinator']],
  },
  {
    username: 'specialist.xigaze',
    displayName: '李医生 Dr Li (cardiology)',
    locale: 'zh-CN',
    roles: [['xigaze-peoples', 'consult_specialist']],
  },
  {
    username: 'patient.demo',
    displayName: '次仁卓玛 Tsering Drolma',
    locale: 'bo',
    roles: [['lhatse-county', 'patient']],
    patientKey: 'tsering-drolma',
  },
];

/** One demo patient, registered at `orgCode` with an MRN. */
export interface DemoPatient {
  key: string;
  orgCode: string;
  nameZh: string;
  nameBo: string;
  namePinyin: string;
  sex: 'male' | 'female';
  /** Resident ID without its check character (computed at seed time). */
  residentIdBody: string;
  mrn: string;
}

/** A few patients at Lhatse and Gyantse. */
export const demoPatients: DemoPatient[] = [
  {
    key: 'tsering-drolma',
    orgCode: 'lhatse-county',
    nameZh: '次仁卓玛',
    nameBo: 'ཚེ་རིང་སྒྲོལ་མ།',
    namePinyin: 'Ciren Zhuoma',
    sex: 'female',
    residentIdBody: '54022519580312002',
    mrn: 'LZ0001',
  },
  {
    key: 'tashi',
    orgCode: 'lhatse-county',
    nameZh: '扎西',
    nameBo: 'བཀྲ་ཤིས།',
    namePinyin: 'Zhaxi',
    sex: 'male',
    residentIdBody: '54022519710805001',
    mrn: 'LZ0002',
  },
  {
    key: 'dawa',
    orgCode: 'gyantse-county',
    nameZh: '达瓦',
    nameBo: 'ཟླ་བ།',
    namePinyin: 'Dawa',
    sex: 'male',
    residentIdBody: '54022219650120003',
    mrn: 'JZ0001',
  },
];
