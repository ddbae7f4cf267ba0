import { createSourceEventStream, type ExecutionArgs, type ExecutionResult, execute } from 'graphql';
import type { Context, Viewer } from '../core/context.ts';
import { executeOnce } from './audience.ts';

/**
 * Per subscription: the check of its user's state before each event, the context an execution
 * runs with, and its audience (subscribers sharing one share each event's execution).
 */
export interface Renewal {
  check: () => Promise<Viewer>;
  build: (viewer: Viewer) => Context;
  audience: string;
}

/**
 * graphql-ws's `subscribe`: each event is executed with a fresh context for the viewer as they
 * are now, so nothing is served from a stale cache, once per audience.
 */
export function renewingSubscribe(
  renewers: WeakMap<object, Renewal>,
): (args: ExecutionArgs) => Promise<ExecutionResult | AsyncIterableIterator<ExecutionResult>> {
  return async (args) => {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
    const subscription = renewers.get(args.contextValue as object);
    const events = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    const run = (rootValue: unknown, contextValue: unknown) => async () =>
      (await execute({ ...args, rootValue, contextValue })) as ExecutionResult;
    const results: AsyncIterableIterator<ExecutionResult> = {
      async next() {
        const event = await events.next();
        if (event.done) return { value: undefined, done: true };
        if (!subscription) return { value: await run(event.value, args.contextValue)(), done: false };
        // Every subscriber is checked as it is now; the execution is shared with its audience.
        const viewer = await subscription.check();
        return {
          value: await executeOnce(event.value, subscription.audience, run(event.value, subscription.build(viewer))),
          done: false,
        };
      },
      async return() {
        await events.return?.();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    return results;
  };
}
