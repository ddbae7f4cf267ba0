import type { TaskList } from 'graphile-worker';
import type { JobSettings } from '../queue/settings.ts';
import type { TaskDeps } from '../queue/task.ts';
import type { DomainDeclaration, FileSource, LiveFigure, RetentionRule, Route, ScopeDeclaration } from './domain.ts';
import type { EntityDefinition } from './entities.ts';
import type { EventDefinition, EventHandler } from './events.ts';

/** What the declared domains add up to: the lists every part of LexGraph derives from. */
export interface DomainRegistry {
  readonly domains: readonly DomainDeclaration[];
  /** Every domain event, in declaration order. */
  readonly events: readonly EventDefinition[];
  /** Every event type name, e.g. "matter.created". */
  readonly eventTypes: readonly string[];
  event(name: string): EventDefinition | undefined;
  /** The entity of a GraphQL type / audit entity type, e.g. "Matter". */
  entity(type: string): EntityDefinition | undefined;
  readonly notificationTypes: readonly string[];
  readonly eventHandlers: readonly EventHandler[];
  readonly retention: readonly RetentionRule[];
  readonly routes: readonly Route[];
  /** Every domain's downloadable files, asked in turn for an id. */
  readonly files: readonly FileSource[];
  /** The live figure a domain contributes under `name`, if any does. */
  figure(name: string): LiveFigure | undefined;
  taskList(deps: TaskDeps): TaskList;
  /** The tasks that run in pools of their own, with each pool's concurrency. */
  taskPools(settings: JobSettings): Record<string, number>;
  crontab(settings: JobSettings): string;
  /** Every API-key scope, in declaration order. */
  readonly scopes: readonly ScopeDeclaration[];
  /** The scope a GraphQL object type (`Matter`) or root field (`createMatter`) needs, if any. */
  scopeOf(typeOrField: string): string | undefined;
}

function unique<T>(items: T[], key: (item: T) => string, what: string): T[] {
  const seen = new Set<string>();
  for (const item of items) {
    const name = key(item);
    if (seen.has(name)) throw new Error(`Two domains declare the ${what} ${name}`);
    seen.add(name);
  }
  return items;
}

/** Adds up the declarations; a name declared twice (an event type, an entity, a task) is an error. */
export function buildRegistry(domains: readonly DomainDeclaration[]): DomainRegistry {
  const events = unique(
    domains.flatMap((d) => (d.events ?? []) as readonly EventDefinition[]),
    (e) => e.name,
    'event type',
  );
  const entities = new Map(
    unique(
      domains.flatMap((d) => (d.entities ?? []) as readonly EntityDefinition[]),
      (e) => e.type,
      'entity',
    ).map((e) => [e.type, e]),
  );
  const byName = new Map(events.map((e) => [e.name, e]));
  const figures = new Map(
    unique(
      domains.flatMap((d) => Object.entries(d.figures ?? {})),
      ([name]) => name,
      'live figure',
    ),
  );
  const tasks = unique(
    domains.flatMap((d) => Object.entries(d.tasks ?? {})),
    ([name]) => name,
    'task',
  );
  const scopes = unique(
    domains.flatMap((d) => d.scopes ?? []),
    (s) => s.name,
    'scope',
  );
  const scopeOf = new Map(
    unique(
      scopes.flatMap((s) => [...(s.types ?? []), ...(s.fields ?? [])].map((name) => [name, s.name] as const)),
      ([name]) => name,
      'scope of',
    ),
  );
  return {
    domains,
    events,
    eventTypes: events.map((e) => e.name),
    event: (name) => byName.get(name),
    entity: (type) => entities.get(type),
    notificationTypes: unique(
      domains.flatMap((d) => [...(d.notificationTypes ?? [])]),
      (t) => t,
      'notification type',
    ),
    eventHandlers: domains.flatMap((d) => d.eventHandlers ?? []),
    retention: domains.flatMap((d) => d.retention ?? []),
    routes: domains.flatMap((d) => d.routes ?? []),
    files: domains.flatMap((d) => d.files ?? []),
    figure: (name) => figures.get(name),
    taskList: (deps) => Object.fromEntries(tasks.map(([name, factory]) => [name, factory(deps)])),
    taskPools: (settings) => Object.assign({}, ...domains.map((d) => d.taskPools?.(settings) ?? {})),
    crontab: (settings) => domains.flatMap((d) => d.crontab?.(settings) ?? []).join('\n'),
    scopes,
    scopeOf: (name) => scopeOf.get(name),
  };
}

let installed: DomainRegistry | undefined;

/**
 * Installs the registry of this process's domains; `src/domains/index.ts` does, once, when it is
 * first imported, before any schema is built or request served.
 */
export function installDomains(domains: readonly DomainDeclaration[]): DomainRegistry {
  installed = buildRegistry(domains);
  return installed;
}

/** The installed registry (see {@link installDomains}). */
export function registry(): DomainRegistry {
  if (!installed) throw new Error('No domains installed: import src/domains/index.ts first');
  return installed;
}
