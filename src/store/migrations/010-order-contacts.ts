// Indexed look-up of a shopper's recent orders: the order's e-mail and phone (normalised the way the
// reader asks) and its placing time become columns of the commerce cache, so "my orders" reads an
// index range instead of scanning every cached order's JSON. Existing order rows are back-filled.
import type { Kysely } from 'kysely';
import { orderContactColumns } from '../../commerce/order-contacts.js';

/** The columns this migration reads and writes, as they stand at this migration. */
interface At010 {
  commerce_records: { tenant_id: string; kind: string; id: string; data: string; contact_email: string | null; contact_phone: string | null; placed_at: string | null };
}

export async function up(schemaDb: Kysely<unknown>): Promise<void> {
  const db = schemaDb as unknown as Kysely<At010>;
  await db.schema.alterTable('commerce_records').addColumn('contact_email', 'text').execute();
  await db.schema.alterTable('commerce_records').addColumn('contact_phone', 'text').execute();
  await db.schema.alterTable('commerce_records').addColumn('placed_at', 'text').execute();
  await db.schema.createIndex('commerce_records_email_recent').on('commerce_records').columns(['tenant_id', 'kind', 'contact_email', 'placed_at']).execute();
  await db.schema.createIndex('commerce_records_phone_recent').on('commerce_records').columns(['tenant_id', 'kind', 'contact_phone', 'placed_at']).execute();

  // Keyset walk so a large cache is back-filled in bounded memory.
  let after = { tenant: '', id: '' };
  for (;;) {
    const rows = await db
      .selectFrom('commerce_records')
      .select(['tenant_id', 'id', 'data'])
      .where('kind', '=', 'order')
      .where((eb) => eb.or([eb('tenant_id', '>', after.tenant), eb.and([eb('tenant_id', '=', after.tenant), eb('id', '>', after.id)])]))
      .orderBy('tenant_id')
      .orderBy('id')
      .limit(500)
      .execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      await db
        .updateTable('commerce_records')
        .set(orderContactColumns(JSON.parse(r.data) as { email?: unknown; phone?: unknown; placedAt?: unknown }))
        .where('tenant_id', '=', r.tenant_id)
        .where('kind', '=', 'order')
        .where('id', '=', r.id)
        .execute();
    }
    const last = rows[rows.length - 1]!;
    after = { tenant: last.tenant_id, id: last.id };
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('commerce_records_phone_recent').execute();
  await db.schema.dropIndex('commerce_records_email_recent').execute();
  await db.schema.alterTable('commerce_records').dropColumn('placed_at').execute();
  await db.schema.alterTable('commerce_records').dropColumn('contact_phone').execute();
  await db.schema.alterTable('commerce_records').dropColumn('contact_email').execute();
}
