import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Config, StartupError } from '../config.ts';
import type { Logger } from '../logger.ts';

/**
 * The key that signs session tokens. `JWT_SECRET` when set; in production a missing secret stops
 * start-up. In development a random secret is made once and kept in `<DATA_DIR>/jwt-secret`
 * (mode 0600), so sessions survive restarts without any secret living in the code.
 */
export async function resolveJwtSecret(config: Config, log: Logger): Promise<Uint8Array> {
  if (config.JWT_SECRET) return new TextEncoder().encode(config.JWT_SECRET);
  if (config.NODE_ENV === 'production') {
    throw new StartupError('JWT_SECRET must be set in production (at least 32 random characters, e.g. `openssl rand -base64 48`)');
  }
  const file = join(config.DATA_DIR, 'jwt-secret');
  if (!existsSync(file)) {
    await mkdir(config.DATA_DIR, { recursive: true });
    await writeFile(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
    await chmod(file, 0o600);
    log.info({ file }, 'generated a development JWT secret');
  }
  return new TextEncoder().encode((await readFile(file, 'utf8')).trim());
}
