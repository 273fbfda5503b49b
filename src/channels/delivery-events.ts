// Announces messages whose delivery status changed (a receipt, a send, a dead letter, a retry) so the
// consoles update their ticks live: the rows are read back and published as message.updated.
import type { Kysely } from 'kysely';
import { toWireMessage } from '../api/wire.js';
import type { Bus } from '../runtime/bus.js';
import type { Database } from '../store/schema.js';
import { attachmentsOf } from '../media/media-store.js';

export async function publishMessageUpdates(db: Kysely<Database>, bus: Bus, tenantId: string, messageIds: string[]): Promise<void> {
  if (messageIds.length === 0) return;
  const rows = await db
    .selectFrom('messages')
    .select(['id', 'conversation_id', 'direction', 'author', 'text', 'created_at', 'meta'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', messageIds)
    .execute();
  // The update replaces the console's copy, so it carries the files too.
  const files = await attachmentsOf(db, tenantId, messageIds);
  bus.publish(
    rows.map((r) => {
      const message = toWireMessage(r, { withDelivery: true });
      const list = files.get(r.id);
      return { type: 'message.updated' as const, tenantId, message: list ? { ...message, attachments: list } : message };
    }),
  );
}
