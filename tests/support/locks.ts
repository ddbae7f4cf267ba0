import type pg from 'pg';

/** Polls `condition` every 20 ms until it holds; throws after `timeoutMs`. */
export async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Waits until `count` sessions of the connection's database are waiting on a lock: how a test that
 * holds a lock in its own transaction knows every request has reached the point where it blocks.
 */
export function waitForLockWaiters(db: pg.Client, count: number): Promise<void> {
  return waitFor(async () => {
    // Activity statistics are a snapshot per transaction: take a fresh one on every look.
    await db.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await db.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    return rows[0].waiting >= count;
  });
}
