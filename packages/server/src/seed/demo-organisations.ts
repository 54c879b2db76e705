import type { GrantScope, OrgKind } from '@gesang/domain';

/** One organisation of the demo consortium; `parent` is the parent's code. */
export interface DemoOrg {
  code: string;
  parent: string | null;
  kind: OrgKind;
  zh: string;
  en: string;
  bo: string;
}

/** The demo consortium: Xigaze People's Hospital as the hub, its counties, Ngari, and partners. */
export const demoOrganisations: DemoOrg[] = [
  {
    code: 'tar-peoples',
    parent: null,
    kind: 'region',
    zh: '西藏自治区人民医院',
    en: "Tibet Autonomous Region People's Hospital",
    bo: 'བོད་རང་སྐྱོང་ལྗོངས་མི་དམངས་སྨན་ཁང་།',
  },
  {
    code: 'xigaze-peoples',
    parent: 'tar-peoples',
    kind: 'prefecture',
    zh: '日喀则市人民医院',
    en: "Xigaze People's Hospital",
    bo: 'གཞིས་ཀ་རྩེ་གྲོང་ཁྱེར་མི་དམངས་སྨན་ཁང་།',
  },
  {
    code: 'gyantse-county',
    parent: 'xigaze-peoples',
    kind: 'county',
    zh: '江孜县人民医院',
    en: "Gyantse County People's Hospital",
    bo: 'རྒྱལ་རྩེ་རྫོང་མི་དམངས་སྨན་ཁང་།',
  },
  {
    code: 'yadong-county',
    parent: 'xigaze-peoples',
    kind: 'county',
    zh: '亚东县人民医院',
    en: "Yadong County People's Hospital",
    bo: 'གྲོ་མོ་རྫོང་མི་དམངས་སྨན་ཁང་།',
  },
  {
    code: 'lhatse-county',
    parent: 'xigaze-peoples',
    kind: 'county',
    zh: '拉孜县人民医院',
    en: "Lhatse County People's Hospital",
    bo: 'ལྷ་རྩེ་རྫོང་མི་དམངས་སྨན་ཁང་།',
  },
  {
    code: 'sakya-county',
    parent: 'xigaze-peoples',
    kind: 'county',
    zh: '萨迦县人民医院',
    en: "Sakya County People's Hospital",
    bo: 'ས་སྐྱ་རྫོང་མི་དམངས་སྨན་ཁང་།',
  },
  {
    code: 'tingri-county',
    parent: 'xigaze-peoples',
    kind: 'county',
    zh: '定日县人民医院',
    en: "Tingri County People's Hospital",
    bo: 'དིང་རི་རྫོང་མི་དམངས་སྨན་ཁང་།',
  },
  {
    code: 'lhatse-quxia-thc',
    parent: 'lhatse-county',
    kind: 'township',
    zh: '拉孜县曲下镇卫生院',
    en: 'Quxia Town Health Centre, Lhatse',
    bo: 'ལྷ་རྩེ་རྫོང་ཆུ་ཤར་གྲོང་རྡལ་འཕྲོད་བསྟེན་ཁང་།',
  },
  {
    code: 'lhatse-zhaxigang-thc',
    parent: 'lhatse-county',
    kind: 'township',
    zh: '拉孜县扎西岗乡卫生院',
    en: 'Zhaxigang Township Health Centre, Lhatse',
    bo: 'ལྷ་རྩེ་རྫོང་བཀྲ་ཤིས་སྒང་ཤང་འཕྲོད་བསྟེན་ཁང་།',
  },
  {
    code: 'gyantse-town-thc',
    parent: 'gyantse-county',
    kind: 'township',
    zh: '江孜县江孜镇卫生院',
    en: 'Gyantse Town Health Centre',
    bo: 'རྒྱལ་རྩེ་གྲོང་རྡལ་འཕྲོད་བསྟེན་ཁང་།',
  },
  {
    code: 'tingri-xegar-thc',
    parent: 'tingri-county',
    kind: 'township',
    zh: '定日县协格尔镇卫生院',
    en: 'Xegar Town Health Centre, Tingri',
    bo: 'དིང་རི་རྫོང་ཤེལ་དཀར་གྲོང་རྡལ་འཕྲོད་བསྟེན་ཁང་།',
  },
  {
    code: 'lhatse-zhaxigang-village',
    parent: 'lhatse-zhaxigang-thc',
    kind: 'village',
    zh: '扎西岗乡扎西岗村卫生室',
    en: 'Zhaxigang Village Clinic, Lhatse',
    bo: 'བཀྲ་ཤིས་སྒང་གྲོང་ཚོའི་འཕྲོད་བསྟེན་ཁང་།',
  },
  {
    code: 'ngari-peoples',
    parent: 'tar-peoples',
    kind: 'prefecture',
    zh: '阿里地区人民医院',
    en: "Ngari Prefecture People's Hospital",
    bo: 'མངའ་རིས་ས་ཁུལ་མི་དམངས་སྨན་ཁང་།',
  },
  {
    code: 'ngari-tibetan-medicine',
    parent: 'ngari-peoples',
    kind: 'county',
    zh: '阿里地区藏医院',
    en: 'Ngari Tibetan Medicine Hospital',
    bo: 'མངའ་རིས་ས་ཁུལ་བོད་སྨན་ཁང་།',
  },
  {
    code: 'ngari-baga-thc',
    parent: 'ngari-peoples',
    kind: 'township',
    zh: '普兰县巴嘎乡卫生院',
    en: 'Baga Township Health Centre',
    bo: 'བར་ག་ཤང་འཕྲོད་བསྟེན་ཁང་།',
  },
  {
    code: 'ngari-xiongba-village',
    parent: 'ngari-baga-thc',
    kind: 'village',
    zh: '雄巴村卫生室',
    en: 'Xiongba Village Clinic',
    bo: 'ཤོང་པ་གྲོང་ཚོའི་འཕྲོད་བསྟེན་ཁང་།',
  },
  {
    code: 'shanghai-ecg-centre',
    parent: null,
    kind: 'reading_centre',
    zh: '上海远程心电诊断中心',
    en: 'Shanghai ECG Reading Centre',
    bo: 'ཧྲང་ཧའེ་སྙིང་གློག་རི་མོ་ཀློག་འགྲེལ་ལྟེ་གནས།',
  },
  {
    code: 'xian-partner',
    parent: null,
    kind: 'partner',
    zh: '西安市中心医院',
    en: "Xi'an Central Hospital (partner)",
    bo: 'ཞི་ཨན་གྲོང་ཁྱེར་ལྟེ་བའི་སྨན་ཁང་།',
  },
];

/** [code, zh, en, bo] of the hub's consult departments and their usual companions. */
export const hubDepartments: [string, string, string, string][] = [
  ['general-surgery', '普外科', 'General surgery', 'སྤྱིར་བཏང་གཤག་བཅོས་ཁག'],
  ['cardiology', '心血管内科', 'Cardiology', 'སྙིང་ཁྲག་རྩའི་ནད་ཁག'],
  ['gastroenterology', '消化内科', 'Gastroenterology', 'འཇུ་བྱེད་ནད་ཁག'],
  ['orthopaedics', '骨科', 'Orthopaedics', 'རུས་ནད་ཁག'],
  ['tcm', '中医科', 'Traditional Chinese medicine', 'རྒྱ་སྨན་ཁག'],
  ['urology', '泌尿外科', 'Urology', 'གཅིན་ལམ་གཤག་བཅོས་ཁག'],
  ['haematology', '血液科', 'Haematology', 'ཁྲག་ནད་ཁག'],
  ['paediatrics', '儿科', 'Paediatrics', 'བྱིས་ནད་ཁག'],
  ['respiratory', '呼吸内科', 'Respiratory medicine', 'དབུགས་ལམ་ནད་ཁག'],
  ['thoracic-surgery', '胸外科', 'Thoracic surgery', 'བྲང་ཁོག་གཤག་བཅོས་ཁག'],
  ['anaesthesiology', '麻醉科', 'Anaesthesiology', 'སྦྲིད་སྨན་ཁག'],
  ['rheumatology', '风湿免疫科', 'Rheumatology', 'གྲུམ་ནད་ཁག'],
  ['rehabilitation', '康复医学科', 'Rehabilitation', 'སླར་གསོ་ཁག'],
  ['emergency', '急诊科', 'Emergency', 'ཛ་དྲག་ཁག'],
  ['neurology', '神经内科', 'Neurology', 'དབང་རྩའི་ནད་ཁག'],
  ['obstetrics', '妇产科', 'Obstetrics and gynaecology', 'མོ་ནད་དང་བུ་བཙའ་ཁག'],
  ['icu', '重症医学科', 'Intensive care', 'ནད་ཚབས་ཆེན་ཁག'],
  ['radiology', '放射科', 'Radiology', 'འོད་རྟགས་ཁག'],
  ['tibetan-medicine', '藏医科', 'Tibetan medicine', 'བོད་སྨན་ཁག'],
  ['ecg-room', '心电图室', 'ECG room', 'སྙིང་གློག་རི་མོ་ཁང་།'],
];

/** Departments every county hospital has. */
export const countyDepartments: [string, string, string, string][] = [
  ['emergency', '急诊科', 'Emergency', 'ཛ་དྲག་ཁག'],
  ['internal-medicine', '内科', 'Internal medicine', 'ནང་ནད་ཁག'],
  ['ecg-room', '心电图室', 'ECG room', 'སྙིང་གློག་རི་མོ་ཁང་།'],
];

/** [from code, to code, scopes]: explicit sharing in the demo. */
export const demoGrants: [string, string, GrantScope[]][] = [
  ...['gyantse-county', 'yadong-county', 'lhatse-county', 'sakya-county', 'tingri-county'].map(
    (county): [string, string, GrantScope[]] => [
      county,
      'xigaze-peoples',
      ['ecg', 'patients', 'referral'],
    ],
  ),
  ['lhatse-county', 'shanghai-ecg-centre', ['ecg']],
  ['gyantse-county', 'shanghai-ecg-centre', ['ecg']],
  ['lhatse-quxia-thc', 'lhatse-county', ['patients', 'referral', 'ecg']],
  ['lhatse-zhaxigang-thc', 'lhatse-county', ['patients', 'referral', 'ecg']],
  ['lhatse-zhaxigang-village', 'lhatse-zhaxigang-thc', ['patients', 'referral']],
  ['ngari-baga-thc', 'ngari-peoples', ['patients', 'referral', 'ecg']],
  ['ngari-xiongba-village', 'ngari-baga-thc', ['patients', 'referral']],
  ['xigaze-peoples', 'tar-peoples', ['referral', 'consult']],
  ['ngari-peoples', 'tar-peoples', ['referral', 'consult']],
  ['ngari-peoples', 'xian-partner', ['consult', 'ecg']],
];
