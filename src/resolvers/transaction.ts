import type { Context } from '../context.ts';
import type { Tx } from '../db/client.ts';

/** A database transaction in progress, and a place to put what must wait until it commits. */
export interface Change {
  tx: Tx;
  /** Runs `effect` once the transaction has committed; never when it rolls back. */
  afterCommit(effect: () => unknown): void;
}

/**
 * Runs `work` in one database transaction. Effects registered with `afterCommit` (pub/sub
 * publishing) run only after the commit, in order; a failing effect is logged, never thrown,
 * since the change itself has already happened. Jobs are not effects: they are enqueued inside
 * the transaction so they commit or vanish with it.
 */
export async function transaction<T>(ctx: Context, work: (tx: Tx, change: Change) => Promise<T>): Promise<T> {
  const effects: (() => unknown)[] = [];
  const result = await ctx.prisma.$transaction((tx) => work(tx, { tx, afterCommit: (effect) => effects.push(effect) }));
  for (const effect of effects) {
    try {
      await effect();
    } catch (error) {
      ctx.log.error({ err: error }, 'after-commit effect failed');
    }
  }
  return result;
}
