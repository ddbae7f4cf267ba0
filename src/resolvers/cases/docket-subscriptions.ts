import { requireViewer } from '../../core/access.ts';
import type { Context } from '../../core/context.ts';
import type { DocketEntry } from '../../generated/prisma/client.ts';
import { type EventStream, filterMap } from '../../realtime/event-stream.ts';
import { firmEventStream } from '../../realtime/firm-events.ts';
import type { FirmEventMessage } from '../../realtime/topics.ts';
import { canSeeMatter } from './cases.access.ts';
import { docketEntryAdded } from './docket.events.ts';
import { findVisibleMatter } from './matters.ts';

interface EntrySnapshot {
  entry: DocketEntry;
  matter: { firmId: string; responsibleAttorneyId: string | null };
  memberIds: ReadonlySet<string>;
}

// One read per event and instance, shared by every subscriber (the same entry object for all, so
// their executions can be shared); each subscriber's access is then checked in memory.
const snapshots = new WeakMap<FirmEventMessage, Promise<EntrySnapshot | null>>();

function snapshotOf(ctx: Context, event: FirmEventMessage): Promise<EntrySnapshot | null> {
  let snapshot = snapshots.get(event);
  if (!snapshot) {
    snapshot = ctx.prisma.docketEntry
      .findFirst({
        where: { id: event.entityId, firmId: event.firmId },
        include: { matter: { select: { firmId: true, responsibleAttorneyId: true, members: { select: { userId: true } } } } },
      })
      .then((row) => {
        if (!row) return null;
        const { matter, ...entry } = row;
        return { entry, matter, memberIds: new Set(matter.members.map((m) => m.userId)) };
      });
    snapshots.set(event, snapshot);
  }
  return snapshot;
}

/**
 * Entries added to the docket of one matter. The matter must be visible now ("not found"
 * otherwise), and each entry is delivered only while the viewer may still see it.
 */
export async function subscribeDocketEntries(ctx: Context, matterId: string): Promise<EventStream<DocketEntry>> {
  const viewer = requireViewer(ctx);
  const matter = await findVisibleMatter(ctx.prisma, viewer, matterId);
  return filterMap(firmEventStream(ctx.pubsub, viewer.firmId), async (event) => {
    if (event.type !== docketEntryAdded.name || event.matterId !== matter.id) return undefined;
    const snapshot = await snapshotOf(ctx, event);
    return snapshot && canSeeMatter(viewer, snapshot.matter, snapshot.memberIds) ? snapshot.entry : undefined;
  });
}
