/**
 * The five clinical centres of the consortium (chest pain, stroke, trauma, critical maternal,
 * critical neonatal) and their names in the three UI languages.
 */
import type { LocalizedText } from '../localized.js';

/** The five centres, in the order dashboards list them. */
export const centres = ['chest_pain', 'stroke', 'trauma', 'maternal', 'neonatal'] as const;

/** One of {@link centres}. */
export type Centre = (typeof centres)[number];

/**
 * Display name of each centre.
 * @example localize(centreLabels.stroke, 'en') // 'Stroke centre'
 */
export const centreLabels: Readonly<Record<Centre, LocalizedText>> = {
  chest_pain: { zh: '胸痛中心', en: 'Chest pain centre', bo: 'བྲང་ནའི་ལྟེ་གནས།' },
  stroke: { zh: '卒中中心', en: 'Stroke centre', bo: 'ཀླད་རྩའི་ནད་ཀྱི་ལྟེ་གནས།' },
  trauma: { zh: '创伤中心', en: 'Trauma centre', bo: 'རྨས་སྐྱོན་ལྟེ་གནས།' },
  maternal: {
    zh: '危重孕产妇救治中心',
    en: 'Critical maternal care centre',
    bo: 'ཉེན་ཁ་ཆེ་བའི་སྦྲུམ་མ་དང་བཙའ་མ་སྐྱོབ་བཅོས་ལྟེ་གནས།',
  },
  neonatal: {
    zh: '危重新生儿救治中心',
    en: 'Critical neonatal care centre',
    bo: 'ཉེན་ཁ་ཆེ་བའི་བྱིས་པ་གསར་སྐྱེས་སྐྱོབ་བཅོས་ལྟེ་གནས།',
  },
};
