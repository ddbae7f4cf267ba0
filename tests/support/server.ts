import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { TokenService } from '../../src/auth/token.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { createPrisma, type PrismaClient, type PrismaOptions } from '../../src/db/client.ts';
import { createReadPool } from '../../src/db/read-pool.ts';
import { domainRegistry } from '../../src/domains/index.ts';
import type { App, AppDeps } from '../../src/http/app-deps.ts';
import { createLogger } from '../../src/logger.ts';
import { startWorker, type WorkerRuntime } from '../../src/queue/runtime.ts';
import { type JobSettings, jobSettings } from '../../src/queue/settings.ts';
import type { PubSub } from '../../src/realtime/pubsub.ts';
import { createApp } from '../../src/server.ts';
import { workerDatabaseUrl } from './database.ts';

export const TEST_JWT_SECRET = new TextEncoder().encode('lexgraph-test-secret-that-is-long-enough-for-hs256');

/**
 * Background-work settings of test servers (as environment variables): private targets allowed
 * (receivers listen on 127.0.0.1) and retries in milliseconds so the suite stays fast.
 */
export const TEST_JOB_ENV: Partial<Record<keyof Config, string>> = {
  NODE_ENV: 'test',
  APP_URL: 'http://lexgraph.test',
  WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  WEBHOOK_TIMEOUT_MS: '2000',
  JOB_RETRY_BASE_MS: '20',
  JOB_RETRY_MAX_MS: '200',
  MAIL_FROM: 'LexGraph <no-reply@lexgraph.test>',
};

/** Test job settings with `env` over {@link TEST_JOB_ENV}; the webhook key derives from the test JWT secret. */
export function testJobSettings(env: Partial<Record<keyof Config, string>> = {}): JobSettings {
  return jobSettings(loadConfig({ ...TEST_JOB_ENV, ...env }), TEST_JWT_SECRET);
}

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  url: string;
  prisma: PrismaClient;
  tokens: TokenService;
  app: App;
  /** The settings services enqueue jobs with. */
  jobs: JobSettings;
  /** The inline background worker, when started with `worker`. */
  worker?: WorkerRuntime;
  /** Every SQL statement Prisma has sent since the last `statements.length = 0`. */
  statements: string[];
  /** Every statement the SQL read path has sent (one per operation it served). */
  readStatements: string[];
  gql<T, V>(
    document: TypedDocumentNode<T, V> | string,
    variables?: V,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * Starts the real server on a free port against this worker's test database, with a fixed
 * JWT secret and a statement log. Tests talk to it over HTTP like any client.
 */
export async function startTestServer(
  options: {
    bodyLimit?: number;
    shutdownTimeoutMs?: number;
    /** Pub/sub to publish and subscribe on (the caller closes it); in-process when omitted. */
    pubsub?: PubSub;
    /** WebSocket limits and dashboard pacing for this server. */
    realtime?: AppDeps['realtime'];
    /** Background-work settings as environment variables, over {@link TEST_JOB_ENV}. */
    jobs?: Partial<Record<keyof Config, string>>;
    /** Pool size and waits of the server's database client. */
    database?: Omit<PrismaOptions, 'onQuery'>;
    /** Sign-in limits, password hashing and the query budget; the limit per client address and the budget are lifted unless given (every test calls from 127.0.0.1). */
    security?: AppDeps['security'];
    /** Runs the background worker inline; `lockTimeoutMs` is how soon a dead worker's jobs are released. */
    worker?: boolean | { concurrency?: number; lockTimeoutMs?: number };
    /** Serve reads through the SQL read path (the default), or resolve every field (the reference it is held to). */
    readPath?: boolean;
    /** CORS, GraphiQL and introspection of this server. */
    http?: AppDeps['http'];
    /** The trusted documents and their mode; the codegen manifest, not required, when omitted. */
    trustedDocuments?: AppDeps['trustedDocuments'];
  } = {},
): Promise<TestServer> {
  const statements: string[] = [];
  const readStatements: string[] = [];
  const prisma = createPrisma(workerDatabaseUrl(), { ...options.database, onQuery: (sql) => statements.push(sql) });
  const tokens = new TokenService(TEST_JWT_SECRET, '1h');
  const jobs = testJobSettings(options.jobs);
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const workerOptions = options.worker === true ? {} : options.worker || null;
  const worker = workerOptions
    ? await startWorker({
        databaseUrl: workerDatabaseUrl(),
        prisma,
        settings: jobs,
        log,
        tasks: domainRegistry.taskList,
        crontab: domainRegistry.crontab(jobs),
        pools: domainRegistry.taskPools(jobs),
        pollIntervalMs: 50,
        concurrency: workerOptions.concurrency ?? 4,
        lockTimeoutMs: workerOptions.lockTimeoutMs ?? 60_000,
      })
    : undefined;
  const readPool = options.readPath === false ? null : createReadPool(workerDatabaseUrl(), 4);
  const app = await createApp({
    config: { NODE_ENV: 'test', BODY_LIMIT_BYTES: options.bodyLimit ?? 100_000, SHUTDOWN_TIMEOUT_MS: options.shutdownTimeoutMs ?? 5_000 },
    prisma,
    tokens,
    log,
    pubsub: options.pubsub,
    realtime: options.realtime,
    jobs,
    worker,
    ...(readPool ? { readPath: { pool: readPool, onQuery: (sql: string) => readStatements.push(sql) } } : {}),
    // Tests fire operations faster than any client: the query budget is lifted unless given.
    security: { authMaxPerAddress: 100_000, rateLimitBucket: 1_000_000_000, rateLimitRestorePerSecond: 1_000_000_000, ...options.security },
    databaseUrl: workerDatabaseUrl(),
    http: options.http,
    trustedDocuments: options.trustedDocuments,
  });
  const url = await app.listen(0, '127.0.0.1');
  return {
    url,
    prisma,
    tokens,
    app,
    jobs,
    worker,
    statements,
    readStatements,
    async gql(document, variables, { token, headers } = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
      });
      const body = (await response.json()) as { data?: never; errors?: GraphQLResponse<never>['errors'] };
      return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
    },
    async close() {
      await app.close();
      await worker?.stop();
      await readPool?.end();
      await prisma.$disconnect();
    },
  };
}
