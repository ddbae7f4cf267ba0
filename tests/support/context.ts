import { randomUUID } from 'node:crypto';
import { Sessions } from '../../src/auth/sessions.ts';
import { TokenService } from '../../src/auth/token.ts';
import { toViewer, VIEWER_SELECT } from '../../src/auth/viewer.ts';
import type { Context, Viewer } from '../../src/core/context.ts';
import { Services } from '../../src/core/services.ts';
import type { PrismaClient } from '../../src/db/client.ts';
import { PgListener } from '../../src/db/listener.ts';
import '../../src/domains/index.ts';
import { createLogger } from '../../src/logger.ts';
import { createPubSub, type PubSub } from '../../src/realtime/pubsub.ts';
import { RateLimits } from '../../src/security/rate-limits.ts';
import { authLimitDefinitions, SECURITY_DEFAULTS } from '../../src/security/settings.ts';
import { workerDatabaseUrl } from './database.ts';
import { TEST_JWT_SECRET, testJobSettings } from './server.ts';

/** What service-level tests share: one in-process pub/sub and its process services. */
export interface ServiceHarness {
  pubsub: PubSub;
  services: Services;
  /** A request context for `viewer` (anonymous with null), as the HTTP and WebSocket transports build it. */
  context(viewer: Viewer | null): Context;
  close(): Promise<void>;
}

/** A harness over `prisma` for calling services directly, where HTTP adds nothing to what a test proves. */
export async function serviceHarness(prisma: PrismaClient): Promise<ServiceHarness> {
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const pubsub = await createPubSub({ log });
  const listener = new PgListener(workerDatabaseUrl(), log);
  const services = new Services({
    prisma,
    pubsub,
    log,
    liveMinIntervalMs: 1_000,
    listen: (channel, onMessage, onResume) => listener.listen(channel, onMessage, onResume),
    maxWatchesPerUser: 20,
  });
  const tokens = new TokenService(TEST_JWT_SECRET, '1h');
  const jobs = testJobSettings();
  const sessions = new Sessions({ prisma, tokens, pubsub, log });
  const throttle = new RateLimits({
    prefix: 'harness:',
    limits: authLimitDefinitions({ ...SECURITY_DEFAULTS, authMaxPerAddress: 10_000 }),
  });
  return {
    pubsub,
    services,
    context: (viewer) => ({
      requestId: randomUUID(),
      prisma,
      tokens,
      viewer,
      credential: null,
      sessions,
      clientIp: '127.0.0.1',
      throttle,
      loaders: new Map(),
      log,
      jobs,
      pubsub,
      services,
    }),
    async close() {
      sessions.close();
      await services.close();
      await listener.close();
      await pubsub.close();
    },
  };
}

/** The viewer of the user with `email`, read as every transport reads it. */
export async function viewerOf(prisma: PrismaClient, email: string): Promise<Viewer> {
  return toViewer(await prisma.user.findUniqueOrThrow({ where: { email }, select: VIEWER_SELECT }));
}
