import { generateSecret, generateURI, verify } from 'otplib';

/** A new base32 TOTP secret (RFC 6238, SHA-1, 6 digits, 30 s). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI an authenticator app scans. */
export function totpUri(secret: string, username: string): string {
  return generateURI({ issuer: 'Gesang', label: username, secret });
}

/** True when `code` is valid for `secret` now, allowing one 30 s step of clock drift either way. */
export async function checkTotp(secret: string, code: string): Promise<boolean> {
  try {
    const result = await verify({ secret, token: code, epochTolerance: 30 });
    return result.valid;
  } catch {
    return false;
  }
}
