/** Pure helpers of the desk's patient block: reading the file's patient into the form and back. */
import {
  isValidResidentId,
  type CreatePatientBody,
  type PatientIdentifier,
  type Sex,
  type StudyPatient,
} from '@gesang/domain';

/** The correction form's values, with the birth date as `YYYY-MM-DD` text. */
export interface CorrectionValues {
  nameZh?: string;
  nameBo?: string;
  namePinyin?: string;
  sex: Sex;
  birthDate?: string;
  identifiers: { system: PatientIdentifier['system']; value: string }[];
}

const hanScript = /\p{Script=Han}/u;
const tibetanScript = /\p{Script=Tibetan}/u;

/**
 * Which name field a name from a file belongs in: Chinese characters, Tibetan, or (anything
 * else, e.g. a cart's Latin `ZHA^XI`) pinyin. DICOM's `^` between name parts becomes a space.
 * @example nameField('ZHA^XI') // { namePinyin: 'ZHA XI' }
 */
export function nameField(raw: string | undefined): Partial<CorrectionValues> {
  const name = (raw ?? '').replaceAll('^', ' ').replace(/\s+/g, ' ').trim();
  if (name === '') {
    return {};
  }
  if (hanScript.test(name)) {
    return { nameZh: name.replace(/\s+/g, '') };
  }
  return tibetanScript.test(name) ? { nameBo: name } : { namePinyin: name };
}

/**
 * What the correction form starts from: the registered patient when the study has one (to fix
 * it), otherwise the file's own fields, its patient id read as a resident ID when it passes the
 * GB 11643 check and as this hospital's MRN otherwise. Without any identifier the form offers an
 * empty resident-ID row, as the register form does (the ID card is the surest match).
 * @param view the study's patient block.
 * @example initialCorrection(view).identifiers // [{ system: 'mrn', value: 'SBJ-123' }]
 */
export function initialCorrection(view: StudyPatient): CorrectionValues {
  const linked = view.patient;
  if (linked !== null) {
    // MRNs belong to the hospital that issued them: only consortium-wide identifiers come along.
    const carried = linked.identifiers
      .filter((i) => i.system !== 'mrn')
      .map((i) => ({ system: i.system, value: i.value }));
    return {
      ...(linked.nameZh === null ? {} : { nameZh: linked.nameZh }),
      ...(linked.nameBo === null ? {} : { nameBo: linked.nameBo }),
      ...(linked.namePinyin === null ? {} : { namePinyin: linked.namePinyin }),
      sex: linked.sex,
      ...(linked.birthDate === null ? {} : { birthDate: linked.birthDate }),
      identifiers: carried.length > 0 ? carried : [{ system: 'resident-id', value: '' }],
    };
  }
  const file = view.filePatient ?? {};
  const id = file.id?.trim() ?? '';
  const identifiers: CorrectionValues['identifiers'] =
    id === ''
      ? [{ system: 'resident-id', value: '' }]
      : isValidResidentId(id.toUpperCase())
        ? [{ system: 'resident-id', value: id.toUpperCase() }]
        : [{ system: 'mrn', value: id }];
  return {
    ...nameField(file.name),
    sex: file.sex ?? 'unknown',
    ...(file.birthDate === undefined ? {} : { birthDate: file.birthDate }),
    identifiers,
  };
}

const blank = (text: string | undefined): string | undefined => {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
};

/**
 * The request's `patient` from the form: names trimmed (empty ones left out), empty identifiers
 * dropped, resident IDs upper-cased (a typed lower-case check `x`).
 * @example correctionBody({ nameZh: ' 扎西 ', sex: 'male', identifiers: [] }) // { nameZh: '扎西', sex: 'male', identifiers: [] }
 */
export function correctionBody(values: CorrectionValues): CreatePatientBody {
  const nameZh = blank(values.nameZh);
  const nameBo = blank(values.nameBo);
  const namePinyin = blank(values.namePinyin);
  const birthDate = blank(values.birthDate);
  return {
    ...(nameZh === undefined ? {} : { nameZh }),
    ...(nameBo === undefined ? {} : { nameBo }),
    ...(namePinyin === undefined ? {} : { namePinyin }),
    sex: values.sex,
    ...(birthDate === undefined ? {} : { birthDate }),
    identifiers: values.identifiers
      .map((i) => ({
        system: i.system,
        value: i.system === 'resident-id' ? i.value.trim().toUpperCase() : i.value.trim(),
      }))
      .filter((i) => i.value !== ''),
  };
}
