import { SubscriberTooSlowError } from './errors.ts';

/** An async iterator whose `return()` ends it at once, even while a `next()` is waiting. */
export interface EventStream<T> extends AsyncIterableIterator<T> {
  return(): Promise<IteratorResult<T>>;
}

/** A stream fed by `push`; `end` ends it once what was pushed is consumed, `fail` ends it with an error. */
export interface EventQueue<T> {
  stream: EventStream<T>;
  push(value: T): void;
  end(): void;
  fail(error: Error): void;
}

const DONE = { value: undefined, done: true } as const;

/**
 * A bounded queue exposed as an {@link EventStream}. A consumer more than `maxPending` (default 1,000)
 * events behind is ended with {@link SubscriberTooSlowError} instead of growing without bound.
 * `onEnd` runs once, however the stream ends (the consumer stopping, the client leaving, an error).
 */
export function eventQueue<T>(onEnd: () => void, maxPending = 1_000): EventQueue<T> {
  const pending: T[] = [];
  const waiting: { resolve: (r: IteratorResult<T>) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | undefined;
  let ended = false;
  let draining = false;

  const end = () => {
    if (ended) return;
    ended = true;
    onEnd();
  };
  const finish = () => {
    end();
    pending.length = 0;
    for (const waiter of waiting.splice(0)) waiter.resolve(DONE);
    return Promise.resolve(DONE);
  };
  const fail = (error: Error) => {
    if (ended) return;
    end();
    pending.length = 0;
    const waiter = waiting.shift();
    if (waiter) waiter.reject(error);
    else failure = error;
    for (const rest of waiting.splice(0)) rest.resolve(DONE);
  };

  const stream: EventStream<T> = {
    next() {
      if (pending.length > 0) return Promise.resolve({ value: pending.shift() as T, done: false });
      if (failure) {
        const error = failure;
        failure = undefined;
        return Promise.reject(error);
      }
      if (ended || draining) return finish();
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return: finish,
    [Symbol.asyncIterator]() {
      return this;
    },
  };

  return {
    stream,
    fail,
    end() {
      draining = true;
      if (pending.length === 0) finish();
    },
    push(value) {
      if (ended || draining) return;
      const waiter = waiting.shift();
      if (waiter) waiter.resolve({ value, done: false });
      else if (pending.length >= maxPending) fail(new SubscriberTooSlowError());
      else pending.push(value);
    },
  };
}

/**
 * The values of `source` mapped by `select`, skipping those it maps to `undefined` (events the
 * subscriber may not see). Ending the result ends the source.
 */
export function filterMap<S, T>(source: EventStream<S>, select: (value: S) => Promise<T | undefined>): EventStream<T> {
  return {
    async next() {
      for (;;) {
        const item = await source.next();
        if (item.done) return DONE;
        // graphql-ws drops a subscription whose stream throws without ending it: end the source here.
        const selected = await select(item.value).catch(async (error: unknown) => {
          await source.return();
          throw error;
        });
        if (selected !== undefined) return { value: selected, done: false };
      }
    },
    return: () => source.return().then(() => DONE),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
