import { requireViewer } from '../../core/access.ts';
import type { Context } from '../../core/context.ts';
import type { Document } from '../../generated/prisma/client.ts';
import { type EventStream, filterMap } from '../../realtime/event-stream.ts';
import { firmEventStream } from '../../realtime/firm-events.ts';
import type { FirmEventMessage } from '../../realtime/topics.ts';
import { canSeeMatter } from './cases.access.ts';
import { DOCUMENT_EVENTS } from './documents.events.ts';
import { findVisibleMatter } from './matters.ts';

const DOCUMENT_EVENT_TYPES: ReadonlySet<string> = new Set(DOCUMENT_EVENTS.map((e) => e.name));

/** A change to a document, with the document as it is when the event is delivered (deleted ones too). */
export interface DocumentEventItem {
  id: string;
  /** The domain event type, e.g. "document.uploaded". */
  type: string;
  occurredAt: Date;
  document: Document;
}

interface DocumentSnapshot {
  /** One object for every subscriber who may see it, so their executions can be shared. */
  item: DocumentEventItem;
  matter: { firmId: string; responsibleAttorneyId: string | null };
  memberIds: ReadonlySet<string>;
}

// One read per event and instance, shared by every subscriber the message reaches; visibility is
// then checked in memory for each.
const snapshots = new WeakMap<FirmEventMessage, Promise<DocumentSnapshot | null>>();

function snapshotOf(ctx: Context, event: FirmEventMessage): Promise<DocumentSnapshot | null> {
  let snapshot = snapshots.get(event);
  if (!snapshot) {
    snapshot = ctx.prisma.document
      .findFirst({
        where: { id: event.entityId, firmId: event.firmId },
        include: { matter: { select: { firmId: true, responsibleAttorneyId: true, members: { select: { userId: true } } } } },
      })
      .then((row) => {
        if (!row) return null;
        const { matter, ...document } = row;
        return {
          item: { id: event.id, type: event.type, occurredAt: new Date(event.occurredAt), document },
          matter,
          memberIds: new Set(matter.members.map((m) => m.userId)),
        };
      });
    snapshots.set(event, snapshot);
  }
  return snapshot;
}

/**
 * Documents of one matter being uploaded, versioned or deleted, for a viewer who can see the
 * matter: checked now (a hidden matter is "not found") and again at every event.
 */
export async function subscribeDocumentEvents(ctx: Context, matterId: string): Promise<EventStream<DocumentEventItem>> {
  const viewer = requireViewer(ctx);
  const matter = await findVisibleMatter(ctx.prisma, viewer, matterId);
  return filterMap(firmEventStream(ctx.pubsub, viewer.firmId), async (event) => {
    if (event.matterId !== matter.id || !DOCUMENT_EVENT_TYPES.has(event.type)) return undefined;
    const snapshot = await snapshotOf(ctx, event);
    return snapshot && canSeeMatter(viewer, snapshot.matter, snapshot.memberIds) ? snapshot.item : undefined;
  });
}
