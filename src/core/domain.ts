import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Task } from 'graphile-worker';
import type { TokenService } from '../auth/token.ts';
import type { PrismaClient } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import type { JobSettings } from '../queue/settings.ts';
import type { TaskDeps } from '../queue/task.ts';
import type { Viewer } from './context.ts';
import type { EntityDefinition } from './entities.ts';
import type { EventDefinition, EventHandler } from './events.ts';

/** What an HTTP route of a domain is given. */
export interface RouteDeps {
  prisma: PrismaClient;
  tokens: TokenService;
  log: Logger;
  jobs: JobSettings;
  /**
   * The viewer of an `Authorization` header, as GraphQL requests are authenticated (cached
   * sessions, revoked and ended tokens refused): null without one, an UnauthenticatedError for a
   * dead token.
   */
  authenticate(authorization: string | undefined): Promise<Viewer | null>;
}

/** A plain HTTP endpoint of a domain (a download, an HTML page), beside GraphQL on the same server. */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The path, e.g. "/dashboard"; with `prefix` every path below it ("/files/" matches "/files/<id>"). */
  path: string;
  prefix?: boolean;
  /** The API-key scope the route needs (any one of a list); without one, API keys are refused on it. */
  scope?: string | readonly string[];
  /** `rest` is what follows a prefix path ("" for an exact one). */
  handle(req: IncomingMessage, res: ServerResponse, request: { url: URL; rest: string; requestId: string }, deps: RouteDeps): Promise<void>;
}

/** A file as `GET /files/<id>` serves it: bytes in the blob store under the firm's SHA-256 key. */
export interface ServedFile {
  firmId: string;
  sha256: string;
  size: number;
  mimeType: string;
  /** The name it downloads as. */
  name: string;
  /** Bytes still kept in the database (rows from before the blob store); served instead of the store's. */
  bytes?: Uint8Array | null;
}

/**
 * Files of a domain that `GET /files/<id>` serves: the file with `id` when `viewer` may download it,
 * null when there is none or they may not (both answer 404).
 */
export interface FileSource {
  /** The API-key scope that opens these files to a key. */
  scope: string;
  find(prisma: PrismaClient, viewer: Viewer, id: string): Promise<ServedFile | null>;
}

/** Old rows of a domain to delete in the nightly cleanup (RECORD_RETENTION_DAYS, EVENT_RETENTION_DAYS). */
export interface RetentionRule {
  /** What is deleted, as the cleanup reports it, e.g. "emails". */
  name: string;
  run(prisma: PrismaClient, retention: JobSettings['retention']): Promise<number>;
}

/**
 * A figure a domain contributes to the live dashboard (e.g. `openMatters`), read from the database
 * as of `at`; a number, or money as a decimal string.
 */
export type LiveFigure = (prisma: PrismaClient, firmId: string, at: Date) => Promise<number | string>;

/** A Graphile Worker task factory: file name = task name, one per file in `src/jobs/<domain>/`. */
export type TaskFactory = (deps: TaskDeps) => Task;

/**
 * A permission an API key may be granted (e.g. `matters:read`), and what of the GraphQL API needs
 * it: every field of its `types` (and of their connections and edges), and its root `fields`
 * (queries, mutations, subscriptions). A key may use only what its scopes cover: a root field no
 * scope names is closed to every key.
 */
export interface ScopeDeclaration {
  name: string;
  description: string;
  types?: readonly string[];
  fields?: readonly string[];
}

/**
 * Everything a domain contributes beyond its GraphQL types (which its schema modules add to the
 * builder when its declaration is imported). One per domain, in `src/domains/<domain>/index.ts`,
 * listed once in `src/domains/index.ts`; every central list derives from these.
 */
export interface DomainDeclaration {
  name: string;
  /** Entities whose rows the audit trail and `node(id:)` resolve, with their visibility. */
  entities?: readonly EntityDefinition<never>[];
  /** The domain events it emits, in the order partners see them listed. */
  events?: readonly EventDefinition<never>[];
  /** The notification types its rules raise; users set email preferences per type. */
  notificationTypes?: readonly string[];
  /** In-transaction reactions to every domain event of every domain. */
  eventHandlers?: readonly EventHandler[];
  retention?: readonly RetentionRule[];
  /** Graphile Worker tasks by name. */
  tasks?: Readonly<Record<string, TaskFactory>>;
  /**
   * Tasks that run in a worker pool of their own, with the concurrency given (from the settings), so
   * that slow ones (a receiver that never answers) cannot occupy the pool every other task shares.
   */
  taskPools?(settings: JobSettings): Readonly<Record<string, number>>;
  /** Recurring tasks, as crontab lines built from the settings (e.g. `${settings.cron.cleanup} cleanup`). */
  crontab?(settings: JobSettings): string[];
  routes?: readonly Route[];
  /** Its downloadable files, served by `GET /files/<id>` from the blob store. */
  files?: readonly FileSource[];
  /** Figures for the live dashboard, by the name the dashboard shows them under. */
  figures?: Readonly<Record<string, LiveFigure>>;
  /** The API-key scopes of its types and root fields. */
  scopes?: readonly ScopeDeclaration[];
}

const declared: DomainDeclaration[] = [];

/**
 * Declares a domain (see {@link DomainDeclaration}); its manifest `src/domains/<domain>/index.ts`
 * calls this once, and importing that manifest from `src/domains/index.ts` registers it.
 */
export function declareDomain(declaration: DomainDeclaration): void {
  if (declared.some((d) => d.name === declaration.name)) throw new Error(`Domain ${declaration.name} is declared twice`);
  declared.push(declaration);
}

/** The domains declared so far, in the order their manifests were imported. */
export function declaredDomains(): readonly DomainDeclaration[] {
  return declared;
}
