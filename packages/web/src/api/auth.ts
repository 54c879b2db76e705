/** Sign-in, session and account endpoints (`/api/auth/*`). */
import type { Locale, Session } from '@gesang/domain';
import { request } from './client.js';

/** The TOTP secret and its `otpauth://` URI, shown once while setting up two-factor sign-in. */
export interface TotpSetup {
  secret: string;
  otpauthUri: string;
}

/** Credentials for {@link login}; `totp` only after the server answered `totp_required`. */
export interface Credentials {
  username: string;
  password: string;
  totp?: string;
}

/** Sign in. @throws ApiError `invalid_credentials`, `totp_required`, `account_locked`. */
export function login(credentials: Credentials): Promise<Session> {
  return request<Session>('POST', '/api/auth/login', credentials);
}

/** The current session. @throws ApiError `unauthenticated` when signed out. */
export function fetchSession(): Promise<Session> {
  return request<Session>('GET', '/api/auth/session');
}

/** End this session. */
export function logout(): Promise<unknown> {
  return request('POST', '/api/auth/logout');
}

/** End every session of this user, on every device. */
export function logoutAll(): Promise<unknown> {
  return request('POST', '/api/auth/logout-all');
}

/** Act for another organisation the user belongs to; returns the new session. */
export function switchOrg(orgId: string): Promise<Session> {
  return request<Session>('POST', '/api/auth/switch-org', { orgId });
}

/** Change the user's own password. */
export function changePassword(currentPassword: string, newPassword: string): Promise<unknown> {
  return request('POST', '/api/auth/password', { currentPassword, newPassword });
}

/** Start two-factor set-up: a new secret, not active until {@link enableTotp}. */
export function setupTotp(): Promise<TotpSetup> {
  return request<TotpSetup>('POST', '/api/auth/totp/setup');
}

/** Turn two-factor sign-in on with a 6-digit code from the authenticator app. */
export function enableTotp(code: string): Promise<unknown> {
  return request('POST', '/api/auth/totp/enable', { code });
}

/** Turn two-factor sign-in off; needs the password. */
export function disableTotp(password: string): Promise<unknown> {
  return request('POST', '/api/auth/totp/disable', { password });
}

/** Remember the user's language on the server. */
export function savePreferences(locale: Locale): Promise<unknown> {
  return request('PATCH', '/api/auth/preferences', { locale });
}
