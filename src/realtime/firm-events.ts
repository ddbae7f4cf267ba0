import { type EventStream, eventQueue } from './event-stream.ts';
import type { PubSub } from './pubsub.ts';
import type { FirmEventMessage } from './topics.ts';

/** Every domain event of the firm committed from now on, on any instance, until the stream is ended. */
export function firmEventStream(pubsub: PubSub, firmId: string): EventStream<FirmEventMessage> {
  let stop = () => {};
  const queue = eventQueue<FirmEventMessage>(() => stop());
  stop = pubsub.subscribe('firmEvents', firmId, queue.push);
  return queue.stream;
}
