import * as argon2 from 'argon2';

/**
 * Argon2id with the parameters OWASP's Password Storage Cheat Sheet recommends (19 MiB, 2 passes,
 * 1 lane): strong, and cheap enough that a burst of sign-ups does not starve a 2-core server.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

/** Hashes made with other parameters (older ones) still verify: argon2 reads them from the hash. */
export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}
