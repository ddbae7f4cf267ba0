import { type DocumentNode, GraphQLError, Kind, visit } from 'graphql';

const NUL = '\u0000';

function badInput(where: string): GraphQLError {
  return new GraphQLError(`${where}: text may not contain NUL characters (\\u0000)`, {
    extensions: { code: 'BAD_USER_INPUT', field: where, http: { status: 400 } },
  });
}

function nulInValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = nulInValue(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = key.includes(NUL) ? `${path}.${key}` : nulInValue(inner, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * PostgreSQL cannot store NUL in text, so a string holding one would reach the database only to
 * fail there as an internal error. Every string of the request, in its variables or written in the
 * document, is checked before the operation runs; the error names the first offending input, as
 * `$input.title` for a variable or `createClient(input.name)` for a literal.
 */
export function nulCharacterError(document: DocumentNode, variables: Record<string, unknown> | null | undefined): GraphQLError | null {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const found = nulInValue(value, `$${name}`);
    if (found) return badInput(found);
  }
  let found: string | null = null;
  const path: string[] = [];
  visit(document, {
    Field: {
      enter: (node) => {
        path.push(`${node.name.value}(`);
      },
      leave: () => {
        path.pop();
      },
    },
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ObjectField: { enter: (node) => void path.push(`.${node.name.value}`), leave: () => void path.pop() },
    StringValue: (node) => {
      if (found || !node.value.includes(NUL)) return;
      const field = path.filter((p) => p.endsWith('(')).at(-1) ?? '';
      const argument = path.slice(path.lastIndexOf(field) + 1).join('');
      found = `${field}${argument})`;
    },
    [Kind.DIRECTIVE]: { enter: () => void path.push('@('), leave: () => void path.pop() },
  });
  return found ? badInput(found) : null;
}
