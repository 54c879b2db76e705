/** The signed-in state shared by the whole app, and the hooks that read it. */
import type { Locale, Permission, Session } from '@gesang/domain';
import { createContext, useContext } from 'react';
import type { Credentials } from '../api/auth.js';

/** Where the app is: checking the cookie, signed out (maybe because it expired), or signed in. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; expired: boolean }
  | { status: 'signed-in'; session: Session };

/** What {@link useSession} gives. Every action throws ApiError on failure. */
export interface SessionContextValue {
  state: SessionState;
  /** Sign in; resolves with the session, or rejects (e.g. `totp_required`). */
  signIn: (credentials: Credentials) => Promise<Session>;
  /** Sign out of this browser. */
  signOut: () => Promise<void>;
  /** Sign out on every device. */
  signOutAll: () => Promise<void>;
  /** Act for another of the user's organisations. */
  switchOrg: (orgId: string) => Promise<void>;
  /** Reload the session (after changing two-factor settings). */
  refresh: () => Promise<void>;
  /** Change the UI language; saved on the device and, when signed in, on the server. */
  setLocale: (locale: Locale) => Promise<void>;
}

/** The session context; provided by `SessionProvider`. */
export const SessionContext = createContext<SessionContextValue | null>(null);

/** The session state and actions. Must be used under `SessionProvider`. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === null) {
    throw new Error('useSession must be used inside <SessionProvider>');
  }
  return value;
}

/** The current session. Only for pages shown when signed in. */
export function useSignedInSession(): Session {
  const { state } = useSession();
  if (state.status !== 'signed-in') {
    throw new Error('useSignedInSession used while signed out');
  }
  return state.session;
}

/** True when the signed-in user holds `permission` in the organisation they act for. */
export function useCan(permission: Permission): boolean {
  const { state } = useSession();
  return state.status === 'signed-in' && state.session.permissions.includes(permission);
}
