import type { Config } from '../config.ts';

/** What the HTTP transport offers beyond GraphQL itself; each has an environment variable. */
export interface HttpSettings {
  /** Origins whose pages may call the API from a browser (CORS_ORIGINS); none: same-origin only. */
  corsOrigins: string[];
  /** GraphiQL for browsers on GET /graphql (GRAPHIQL). */
  graphiql: boolean;
  /** Schema introspection over HTTP and WebSocket (INTROSPECTION). */
  introspection: boolean;
  /** Prometheus metrics on GET /metrics of this port (off when METRICS_PORT serves them apart). */
  metrics: boolean;
}

/** Development's choices: no cross-origin pages, GraphiQL and introspection on. */
export const HTTP_DEFAULTS: HttpSettings = { corsOrigins: [], graphiql: true, introspection: true, metrics: true };

/** The HTTP settings from the environment: GraphiQL and introspection are off in production unless set. */
export function httpOptionsFrom(
  config: Pick<Config, 'NODE_ENV' | 'CORS_ORIGINS' | 'GRAPHIQL' | 'INTROSPECTION' | 'METRICS_PORT'>,
): HttpSettings {
  const production = config.NODE_ENV === 'production';
  return {
    corsOrigins: config.CORS_ORIGINS,
    graphiql: config.GRAPHIQL ?? !production,
    introspection: config.INTROSPECTION ?? !production,
    metrics: config.METRICS_PORT === undefined,
  };
}
