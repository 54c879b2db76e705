import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane). */
// Algorithm.Argon2id is a const enum (2), which isolated modules cannot read.
const options = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Hashes a password with argon2id; the PHC string carries salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// A hash of a random string: verifying against it when the user does not exist takes the same time
// as a real check, so response times do not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;

/** Verifies `password` against a stored hash (or a dummy one when `stored` is null). */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  try {
    const ok = await verify(stored ?? (await dummyHash), password);
    return stored !== null && ok;
  } catch {
    return false;
  }
}
