import type { Sex } from '@gesang/domain';
import type { CheckedIdentifier } from './identifier-rules.js';
import type { PatientScope } from './visibility.js';

/** A validated registration (see `checkNewPatient`). */
export interface NewPatient {
  nameZh: string | null;
  nameBo: string | null;
  namePinyin: string | null;
  pinyinKey: string | null;
  sex: Sex;
  birthDate: string | null;
  residentId: string | null;
  /** Checked identifiers, each with the request path it came from (for 409s). */
  identifiers: (CheckedIdentifier & { field: string })[];
}

/** Where the registration happens. */
export interface RegisterContext {
  activeOrgId: string;
  scope: PatientScope;
  input: NewPatient;
}
