import { hash, verify } from '@node-rs/argon2';
import { ServiceBusyError } from '../core/errors.ts';

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// argon2 is built to be slow: unbounded, a burst of anonymous sign-ins takes every core from
// signed-in users. At most `concurrency` hashes run at once; the rest wait in turn, and beyond
// `maxQueued` waiting the caller is told to come back (SERVICE_BUSY) instead of queueing forever.
const limits = { concurrency: 1, maxQueued: 64 };
let running = 0;
const waiting: (() => void)[] = [];

/** Sets how many password hashes run at once (default 1) and how many may wait (default 64). */
export function configurePasswordHashing(options: { concurrency: number; maxQueued: number }): void {
  Object.assign(limits, options);
}

async function bounded<T>(work: () => Promise<T>): Promise<T> {
  if (running >= limits.concurrency) {
    if (waiting.length >= limits.maxQueued) throw new ServiceBusyError(1, 'Too many sign-ins at once; retry in a moment');
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running += 1;
  }
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

/** Hashes a password with argon2id; the encoded result carries its own salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return bounded(() => hash(password, ARGON2ID));
}

/** Checks a password against an argon2 hash; false for a malformed hash rather than throwing. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return bounded(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  });
}
