import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.ts';

function parseDate(value: unknown): Date {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)) {
    throw new GraphQLError('DateTime must be an ISO 8601 string such as "2026-01-31T09:30:00Z" or "2026-01-31"', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new GraphQLError(`Invalid DateTime: ${value}`, { extensions: { code: 'BAD_USER_INPUT' } });
  // Year 0000 parses in JavaScript but is out of range for PostgreSQL's timestamps (and for any matter).
  if (date.getUTCFullYear() < 1) {
    throw new GraphQLError(`DateTime must lie between 0001-01-01 and 9999-12-31, not ${value}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return date;
}

builder.scalarType('DateTime', {
  description: 'An instant in time as an ISO 8601 string in UTC, e.g. "2026-01-31T09:30:00.000Z". A bare date means midnight UTC.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value as string).toISOString()),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

builder.scalarType('JSON', {
  description: 'Any JSON value: used for audit snapshots, whose shape follows the audited entity.',
  serialize: (value) => value,
  parseValue: (value) => value,
});
