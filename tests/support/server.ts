import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { TokenService } from '../../src/auth/token.ts';
import { createPrisma, type PrismaClient } from '../../src/db/client.ts';
import { createLogger } from '../../src/logger.ts';
import { type App, createApp } from '../../src/server.ts';
import { workerDatabaseUrl } from './database.ts';

export const TEST_JWT_SECRET = new TextEncoder().encode('lexgraph-test-secret-that-is-long-enough-for-hs256');

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
  /** Every SQL statement Prisma has sent since the last `statements.length = 0`. */
  statements: string[];
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
export async function startTestServer(options: { bodyLimit?: number; shutdownTimeoutMs?: number } = {}): Promise<TestServer> {
  const statements: string[] = [];
  const prisma = createPrisma(workerDatabaseUrl(), { onQuery: (sql) => statements.push(sql) });
  const tokens = new TokenService(TEST_JWT_SECRET, '1h');
  const app = await createApp({
    config: { NODE_ENV: 'test', BODY_LIMIT_BYTES: options.bodyLimit ?? 100_000, SHUTDOWN_TIMEOUT_MS: options.shutdownTimeoutMs ?? 5_000 },
    prisma,
    tokens,
    log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
  });
  const url = await app.listen(0, '127.0.0.1');
  return {
    url,
    prisma,
    tokens,
    app,
    statements,
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
      await prisma.$disconnect();
    },
  };
}
