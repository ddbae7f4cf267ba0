import type { PrismaClient } from '../db/client.ts';

export interface HealthReport {
  /** `degraded`: serving, but an optional dependency (Redis: live events) is down; still HTTP 200. */
  status: 'ok' | 'degraded' | 'unavailable';
  checks: Record<string, { status: 'up' | 'down'; latencyMs?: number; error?: string }>;
}

const TIMEOUT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

type Check = HealthReport['checks'][string];

/**
 * Readiness: the database answers within two seconds and the server is not draining. `optional`
 * checks (Redis) make the report `degraded` when down, not `unavailable`: queries and mutations
 * still work without them. Later dependencies (the worker) add their own checks here.
 */
export async function readiness(
  prisma: PrismaClient,
  draining: boolean,
  optional: Record<string, () => Promise<Check>> = {},
): Promise<HealthReport> {
  const checks: HealthReport['checks'] = {};
  const started = performance.now();
  try {
    await withTimeout(prisma.$queryRaw`SELECT 1`, TIMEOUT_MS);
    checks.database = { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    checks.database = { status: 'down', error: (error as Error).message };
  }
  checks.server = draining ? { status: 'down', error: 'shutting down' } : { status: 'up' };
  const ok = Object.values(checks).every((c) => c.status === 'up');
  let degraded = false;
  for (const [name, check] of Object.entries(optional)) {
    checks[name] = await check().catch((error: Error) => ({ status: 'down' as const, error: error.message }));
    degraded ||= checks[name].status === 'down';
  }
  return { status: ok ? (degraded ? 'degraded' : 'ok') : 'unavailable', checks };
}
