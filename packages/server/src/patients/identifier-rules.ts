import {
  GesangError,
  isValidResidentId,
  residentIdBirthDate,
  residentIdSex,
  type PatientIdentifier,
  type Sex,
} from '@gesang/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { AuthContext } from '../auth/auth-context.js';
import type { DbOrTx } from '../db/database.js';
import { organisations, patientIdentifiers } from '../db/schema/index.js';
import { assertManages } from '../orgs/scope.js';

/** An identifier after validation: resident IDs upper-cased, MRNs owned by an organisation. */
export interface CheckedIdentifier {
  system: PatientIdentifier['system'];
  value: string;
  /** The issuing organisation for an MRN; null for consortium-wide identifiers. */
  orgId: string | null;
}

/**
 * Validates one identifier from a request and settles its organisation. Resident IDs must pass the
 * GB 11643 check (a lower-case check `x` is accepted and stored upper-case). An MRN without orgId
 * belongs to the active organisation; an MRN of another organisation needs the caller to
 * administer it. Only MRNs belong to an organisation.
 * @param db database or transaction handle.
 * @param auth the caller (its active organisation owns defaulted MRNs).
 * @param input the identifier as sent.
 * @param field the request path of `input` for errors, e.g. 'body.identifiers.0' or 'body'.
 * @throws GesangError 400 naming `${field}.value` / `${field}.orgId`, 403 for a foreign MRN.
 */
export async function checkIdentifier(
  db: DbOrTx,
  auth: AuthContext,
  input: PatientIdentifier,
  field: string,
): Promise<CheckedIdentifier> {
  if (input.system === 'resident-id') {
    const value = input.value.toUpperCase();
    if (!isValidResidentId(value)) {
      throw GesangError.badRequest(
        'Not a valid resident ID (GB 11643 check failed)',
        `${field}.value`,
      );
    }
    if (input.orgId != null) {
      throw GesangError.badRequest('A resident ID belongs to no organisation', `${field}.orgId`);
    }
    return { system: input.system, value, orgId: null };
  }
  if (input.system !== 'mrn') {
    if (input.orgId != null) {
      throw GesangError.badRequest('Only an MRN belongs to an organisation', `${field}.orgId`);
    }
    return { system: input.system, value: input.value, orgId: null };
  }
  const orgId = input.orgId ?? auth.activeOrgId;
  if (orgId === null) {
    throw GesangError.forbidden('Choose an organisation to act for first');
  }
  if (orgId !== auth.activeOrgId) {
    const [org] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, orgId));
    if (org === undefined) {
      throw GesangError.badRequest('Organisation not found', `${field}.orgId`);
    }
    await assertManages(db, auth, [orgId]);
  }
  return { system: 'mrn', value: input.value, orgId };
}

/**
 * 400 unless a resident ID's birth date and sex agree with the ones given. Sex 'other' or
 * 'unknown' asserts nothing and never conflicts.
 * @param residentId a valid resident ID.
 * @param given birth date (YYYY-MM-DD) and sex as recorded, when known.
 * @param fields the request paths to name, e.g. { birthDate: 'body.birthDate', sex: 'body.sex' }.
 */
export function assertAgreesWithResidentId(
  residentId: string,
  given: { birthDate?: string | null; sex?: Sex },
  fields: { birthDate: string; sex: string },
): void {
  const birthDate = residentIdBirthDate(residentId);
  if (given.birthDate != null && birthDate !== given.birthDate) {
    throw GesangError.badRequest(`The resident ID says born ${birthDate ?? '?'}`, fields.birthDate);
  }
  const sex = residentIdSex(residentId);
  if ((given.sex === 'male' || given.sex === 'female') && given.sex !== sex) {
    throw GesangError.badRequest(`The resident ID says ${sex}`, fields.sex);
  }
}

/**
 * The patient already holding this identifier, or null.
 * @param db database or transaction handle.
 * @param identifier a checked identifier.
 */
export async function identifierOwner(
  db: DbOrTx,
  identifier: CheckedIdentifier,
): Promise<string | null> {
  const [row] = await db
    .select({ patientId: patientIdentifiers.patientId })
    .from(patientIdentifiers)
    .where(
      and(
        eq(patientIdentifiers.system, identifier.system),
        eq(patientIdentifiers.value, identifier.value),
        identifier.orgId === null
          ? isNull(patientIdentifiers.orgId)
          : eq(patientIdentifiers.orgId, identifier.orgId),
      ),
    );
  return row?.patientId ?? null;
}

/**
 * 409 `duplicate_identifier`: the identifier is another patient's. The other patient's id is
 * given only when the caller may see that patient.
 * @param field the request path of the identifier's value.
 * @param visibleOwner the other patient's id when visible, else undefined.
 */
export function duplicateIdentifier(field: string, visibleOwner?: string): GesangError {
  return new GesangError(
    409,
    'duplicate_identifier',
    'This identifier belongs to another patient',
    {
      field,
      ...(visibleOwner === undefined ? {} : { details: { patientId: visibleOwner } }),
    },
  );
}

/**
 * True when `error` (or its cause, as drizzle wraps driver errors) is a PostgreSQL unique
 * violation (SQLSTATE 23505), i.e. a concurrent request took the same key first.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e != null && depth < 4; depth++) {
    if ((e as { code?: unknown }).code === '23505') {
      return true;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
