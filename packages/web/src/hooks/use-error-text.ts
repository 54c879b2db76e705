/** Turning API errors into text in the user's language. */
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';

/** Labels for request fields the server may name in a problem (`body.username` → `username`). */
const fieldLabels = {
  username: 'users.username',
  displayName: 'users.displayName',
  password: 'auth.password',
  currentPassword: 'auth.currentPassword',
  newPassword: 'auth.newPassword',
  totp: 'auth.totp',
  code: 'orgs.code',
  kind: 'orgs.kind',
  parentId: 'orgs.parent',
  zh: 'orgs.nameZh',
  en: 'orgs.nameEn',
  bo: 'orgs.nameBo',
  nameZh: 'patients.nameZh',
  nameBo: 'patients.nameBo',
  namePinyin: 'patients.namePinyin',
  sex: 'patients.sex',
  birthDate: 'patients.birthDate',
  identifiers: 'patients.identifiers',
  value: 'patients.value',
  memberships: 'users.memberships',
  roles: 'users.roles',
  orgId: 'users.organisation',
  locale: 'users.locale',
  scope: 'orgs.scope',
} as const;

/** The last named segment of a dotted field path (`body.identifiers.0.value` → `value`). */
export function fieldName(field: string): string {
  const parts = field.split('.').filter((part) => !/^\d+$/.test(part));
  return parts[parts.length - 1] ?? field;
}

/**
 * The translated label of a problem's field, or the raw name when we have no label for it.
 * @example fieldLabel(t, 'body.username') // '用户名'
 */
export function fieldLabel(t: TFunction, field: string): string {
  const name = fieldName(field);
  const key = (fieldLabels as Record<string, (typeof fieldLabels)[keyof typeof fieldLabels]>)[name];
  return key === undefined ? name : t(key);
}

/**
 * Translate any error: ApiErrors by code (plus the field when the server named one), anything
 * else as "unknown". Never shows the server's English message.
 */
export function errorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) {
    return t('errors.unknown');
  }
  const text = t(`errors.${error.code}`);
  return error.field === undefined
    ? text
    : t('errors.field', { message: text, field: fieldLabel(t, error.field) });
}

/** {@link errorText} bound to the current language. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback((error: unknown) => errorText(t, error), [t]);
}
