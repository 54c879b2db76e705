/**
 * An antd locale for Tibetan, which antd does not ship: English as the base (so nothing is ever
 * missing), with Tibetan for every text a user sees in the components we use. Month and weekday
 * names come from dayjs's `bo` locale, switched on in `i18n/index.ts`.
 */
import type { AntdLocale } from './antd-locale.js';
import enUS from 'antd/es/locale/en_US';

const datePickerLang = enUS.DatePicker?.lang;

/** antd component texts in Tibetan. */
export const antdBo: AntdLocale = {
  ...enUS,
  locale: 'bo',
  global: { ...enUS.global, placeholder: 'འདེམས་རོགས།', close: 'སྒོ་རྒྱག' },
  Pagination: {
    ...enUS.Pagination,
    items_per_page: '/ ཤོག་ངོས།',
    jump_to: 'མཆོང་།',
    jump_to_confirm: 'གཏན་འཁེལ།',
    page: 'ཤོག་ངོས།',
    prev_page: 'ཤོག་ངོས་སྔོན་མ།',
    next_page: 'ཤོག་ངོས་རྗེས་མ།',
    prev_5: 'ཤོག་ངོས་ 5 སྔོན་མ།',
    next_5: 'ཤོག་ངོས་ 5 རྗེས་མ།',
    prev_3: 'ཤོག་ངོས་ 3 སྔོན་མ།',
    next_3: 'ཤོག་ངོས་ 3 རྗེས་མ།',
    page_size: 'ཤོག་ངོས་ཆེ་ཆུང་།',
  },
  DatePicker:
    enUS.DatePicker && datePickerLang
      ? {
          ...enUS.DatePicker,
          lang: {
            ...datePickerLang,
            locale: 'bo',
            placeholder: 'ཚེས་གྲངས་འདེམས།',
            rangePlaceholder: ['འགོ་འཛུགས་ཚེས།', 'མཇུག་སྒྲིལ་ཚེས།'],
            today: 'དེ་རིང་།',
            now: 'ད་ལྟ།',
            backToToday: 'དེ་རིང་ལ་ཕྱིར་ལོག',
            ok: 'གཏན་འཁེལ།',
            clear: 'གཙང་སེལ།',
            month: 'ཟླ་བ།',
            year: 'ལོ།',
            week: 'གཟའ་འཁོར།',
            previousMonth: 'ཟླ་བ་སྔོན་མ།',
            nextMonth: 'ཟླ་བ་རྗེས་མ།',
            previousYear: 'ལོ་སྔོན་མ།',
            nextYear: 'ལོ་རྗེས་མ།',
            monthSelect: 'ཟླ་བ་འདེམས།',
            yearSelect: 'ལོ་འདེམས།',
          },
        }
      : enUS.DatePicker,
  Table: {
    ...enUS.Table,
    filterTitle: 'འདེམས་སྒྲིག',
    filterConfirm: 'གཏན་འཁེལ།',
    filterReset: 'བསྐྱར་སྒྲིག',
    filterEmptyText: 'འདེམས་སྒྲིག་མེད།',
    emptyText: 'གཞི་གྲངས་མེད།',
    selectAll: 'ཤོག་ངོས་འདི་ཡོངས་རྫོགས་འདེམས།',
    selectInvert: 'ལྡོག་ཕྱོགས་འདེམས།',
    sortTitle: 'གོ་རིམ།',
    expand: 'རྒྱ་བསྐྱེད།',
    collapse: 'བསྡུ་བ།',
    triggerDesc: 'མར་གོ་རིམ།',
    triggerAsc: 'ཡར་གོ་རིམ།',
    cancelSort: 'གོ་རིམ་མེད་པར་བཟོ།',
  },
  Modal: { okText: 'གཏན་འཁེལ།', cancelText: 'ཕྱིར་འཐེན།', justOkText: 'གཏན་འཁེལ།' },
  Popconfirm: { okText: 'གཏན་འཁེལ།', cancelText: 'ཕྱིར་འཐེན།' },
  Empty: { description: 'གཞི་གྲངས་མེད།' },
  Text: {
    edit: 'རྩོམ་སྒྲིག',
    copy: 'འདྲ་བཤུས།',
    copied: 'འདྲ་བཤུས་ཟིན།',
    expand: 'རྒྱ་བསྐྱེད།',
    collapse: 'བསྡུ་བ།',
  },
  Form: {
    optional: '(འདེམས་རུང་།)',
    defaultValidateMessages: {
      ...enUS.Form?.defaultValidateMessages,
      default: '${label} ནོར་འདུག',
      required: '${label} འབྲི་རོགས།',
      whitespace: '${label} སྟོང་པ་ཡིན་མི་ཆོག',
      string: {
        len: '${label} ཡིག་འབྲུ་ ${len} དགོས།',
        min: '${label} ཡིག་འབྲུ་ ${min} ལས་མི་ཉུང་བ་དགོས།',
        max: '${label} ཡིག་འབྲུ་ ${max} ལས་མི་མང་བ་དགོས།',
        range: '${label} ཡིག་འབྲུ་ ${min}-${max} དགོས།',
      },
      pattern: { mismatch: '${label} རྣམ་གཞག་ནོར་འདུག' },
    },
  },
};
