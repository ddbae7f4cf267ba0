import { randomUUID } from 'node:crypto';
import { TokenService } from '../../src/auth/token.ts';
import { toViewer, VIEWER_SELECT } from '../../src/auth/viewer.ts';
import type { Context, Viewer } from '../../src/core/context.ts';
import { Services } from '../../src/core/services.ts';
import type { PrismaClient } from '../../src/db/client.ts';
import '../../src/domains/index.ts';
import { createLogger } from '../../src/logger.ts';
import { createPubSub, type PubSub } from '../../src/realtime/pubsub.ts';
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
  const services = new Services({ prisma, pubsub, log, liveMinIntervalMs: 1_000 });
  const tokens = new TokenService(TEST_JWT_SECRET, '1h');
  const jobs = testJobSettings();
  return {
    pubsub,
    services,
    context: (viewer) => ({ requestId: randomUUID(), prisma, tokens, viewer, loaders: new Map(), log, jobs, pubsub, services }),
    async close() {
      await services.close();
      await pubsub.close();
    },
  };
}

/** The viewer of the user with `email`, read as every transport reads it. */
export async function viewerOf(prisma: PrismaClient, email: string): Promise<Viewer> {
  return toViewer(await prisma.user.findUniqueOrThrow({ where: { email }, select: VIEWER_SELECT }));
}
