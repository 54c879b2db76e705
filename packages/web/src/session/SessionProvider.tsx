import type { Locale, Session } from '@gesang/domain';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import * as auth from '../api/auth.js';
import { ApiError, setCsrfToken, setUnauthenticatedHandler } from '../api/client.js';
import { changeLocale, currentLocale, hasSavedLocale } from '../i18n/index.js';
import { navigate } from '../router/history.js';
import { allowedNavItems, matchNavItem } from '../nav.js';
import { SessionContext, type SessionContextValue, type SessionState } from './session-context.js';

/**
 * Holds the session: loads it from the cookie at start, signs in and out, switches organisation,
 * and keeps the UI language in step with the user's saved preference.
 */
export function SessionProvider({ children }: { children: ReactNode }): ReactElement {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  // A language picked on the sign-in page wins over the one saved on the server.
  const pickedBeforeSignIn = useRef(false);

  const adopt = useCallback((session: Session): void => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signed-in', session });
  }, []);

  const signedOut = useCallback((expired: boolean): void => {
    setCsrfToken(null);
    pickedBeforeSignIn.current = false;
    setState({ status: 'signed-out', expired });
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => signedOut(true));
    auth
      .fetchSession()
      .then(async (session) => {
        if (!hasSavedLocale() && session.user.locale !== currentLocale()) {
          await changeLocale(session.user.locale);
        }
        adopt(session);
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.code !== 'unauthenticated') {
          console.warn('session check failed', error);
        }
        signedOut(false);
      });
    return () => setUnauthenticatedHandler(null);
  }, [adopt, signedOut]);

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      signIn: async (credentials) => {
        const session = await auth.login(credentials);
        setCsrfToken(session.csrfToken);
        const locale = currentLocale();
        if (pickedBeforeSignIn.current && locale !== session.user.locale) {
          await auth.savePreferences(locale).catch(() => undefined);
        } else if (locale !== session.user.locale) {
          await changeLocale(session.user.locale);
        }
        adopt(session);
        return session;
      },
      signOut: async () => {
        await auth.logout().catch(() => undefined); // signed out locally whatever the network says
        navigate('/', { replace: true }); // the next user starts at home, not on this user's page
        signedOut(false);
      },
      signOutAll: async () => {
        await auth.logoutAll();
        navigate('/', { replace: true });
        signedOut(false);
      },
      switchOrg: async (orgId) => {
        const session = await auth.switchOrg(orgId);
        // The roles there may not open the page shown now.
        if (
          matchNavItem(window.location.pathname, allowedNavItems(session.permissions)) === undefined
        ) {
          navigate('/', { replace: true });
        }
        adopt(session);
      },
      refresh: async () => {
        adopt(await auth.fetchSession());
      },
      setLocale: async (locale: Locale) => {
        await changeLocale(locale);
        if (state.status === 'signed-in') {
          await auth.savePreferences(locale);
        } else {
          pickedBeforeSignIn.current = true;
        }
      },
    }),
    [state, adopt, signedOut],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
