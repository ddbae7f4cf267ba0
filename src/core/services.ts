import type { PrismaClient } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import type { PubSub } from '../realtime/pubsub.ts';

/** What a process service is built from. */
export interface ServiceDeps {
  prisma: PrismaClient;
  pubsub: PubSub;
  log: Logger;
  /** Least time between two recomputations of a shared live figure (DASHBOARD_MIN_INTERVAL_MS). */
  liveMinIntervalMs: number;
  /**
   * Calls `onMessage` with each PostgreSQL notification on `channel` (over the process's one LISTEN
   * connection), and `onResume` after a reconnect, when notifications may have been missed. `ready`
   * settles once notifications flow; `stop` removes the listener.
   */
  listen(channel: string, onMessage: (payload: string) => void, onResume?: () => void): { ready: Promise<void>; stop(): void };
  /** How many live watches of one kind (e.g. job progress) one user may hold on this instance (JOB_PROGRESS_MAX_PER_USER). */
  maxWatchesPerUser: number;
}

/** A long-lived service of a server process that a domain declares, e.g. a live feed shared by subscribers. */
export interface ServiceDefinition<T> {
  readonly name: string;
  create(deps: ServiceDeps): T;
  close?(service: T): void | Promise<void>;
}

/** Declares a process service; it is made on first use and closed when the server stops. */
export function defineService<T>(definition: ServiceDefinition<T>): ServiceDefinition<T> {
  return definition;
}

/** The services of one server process, each made once on first use. */
export class Services {
  private readonly made = new Map<ServiceDefinition<unknown>, unknown>();

  constructor(private readonly deps: ServiceDeps) {}

  get<T>(definition: ServiceDefinition<T>): T {
    if (!this.made.has(definition as ServiceDefinition<unknown>)) {
      this.made.set(definition as ServiceDefinition<unknown>, definition.create(this.deps));
    }
    return this.made.get(definition as ServiceDefinition<unknown>) as T;
  }

  async close(): Promise<void> {
    for (const [definition, service] of this.made) await definition.close?.(service);
    this.made.clear();
  }
}
