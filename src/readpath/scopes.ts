import type { Viewer } from '../core/context.ts';
import { Fallback } from './shapes.ts';

// The scopes of the schema builder (src/core/graphql/builder.ts), as the viewer has them.
const SCOPES: Record<string, (viewer: Viewer | null) => boolean> = {
  authenticated: (viewer) => viewer !== null,
  admin: (viewer) => viewer?.role === 'ADMIN',
  writer: (viewer) => viewer !== null && viewer.role !== 'READ_ONLY',
};

/**
 * Whether a Pothos scope map (`{ admin: true }`: any one scope that is true suffices) lets the
 * viewer in. A map this does not understand throws {@link Fallback}, so the resolvers decide.
 */
export function scopesAllow(scopes: unknown, viewer: Viewer | null): boolean {
  if (typeof scopes !== 'object' || scopes === null) throw new Fallback('scopes');
  return Object.entries(scopes).some(([name, wanted]) => {
    const has = SCOPES[name];
    if (!has || wanted !== true) throw new Fallback(`scope ${name}`);
    return has(viewer);
  });
}
