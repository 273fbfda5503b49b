// The presence tracker's database writes: conditional updates, so a presence the agent set themselves
// is never overwritten by a stale decision; coming back online wakes the auto-assigner.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { PresenceWrites } from './presence-tracker.js';

export function presenceWrites(db: Kysely<Database>, onOnline: (tenantId: string) => void): PresenceWrites {
  return {
    async goOffline(tenantId, userId) {
      const row = await db.selectFrom('agents').select('presence').where('user_id', '=', userId).where('tenant_id', '=', tenantId).executeTakeFirst();
      if (!row || row.presence === 'offline') return undefined;
      const res = await db
        .updateTable('agents')
        .set({ presence: 'offline', presence_at: Date.now() })
        .where('user_id', '=', userId)
        .where('tenant_id', '=', tenantId)
        .where('presence', '=', row.presence)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0 ? row.presence : undefined;
    },
    async comeBack(tenantId, userId, previous) {
      const res = await db
        .updateTable('agents')
        .set({ presence: previous, presence_at: Date.now() })
        .where('user_id', '=', userId)
        .where('tenant_id', '=', tenantId)
        .where('presence', '=', 'offline')
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) > 0 && previous === 'online') onOnline(tenantId);
    },
  };
}
