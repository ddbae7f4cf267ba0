const tails = new Map<string, Promise<unknown>>();

/**
 * Runs `work` after every earlier `inTurn` of the same key in this process has settled. Writes that
 * queue on one row lock (a firm's counter) take their turn here instead, so at most one of them per
 * key holds a pooled connection while it waits for the lock; the others wait without a connection.
 */
export function inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const result = previous.then(work, work);
  const tail = result.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return result;
}
