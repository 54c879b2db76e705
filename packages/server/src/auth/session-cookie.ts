import type { FastifyReply } from 'fastify';
import type { Config } from '../config/config.js';
import { sessionCookie } from './session-store.js';

/**
 * Sets the session cookie: HTTP-only (scripts cannot read it), SameSite=Strict (not sent on
 * cross-site requests), Secure when served over HTTPS.
 */
export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  void reply.setCookie(sessionCookie, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.cookieSecure,
    path: '/',
    maxAge: Math.floor(config.sessionMaxMs / 1000),
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  void reply.clearCookie(sessionCookie, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.cookieSecure,
    path: '/',
  });
}
