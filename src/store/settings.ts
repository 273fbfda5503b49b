// Install-wide settings kept in the database, so every replica shares them (e.g. the widget token
// secret). Created once; a concurrent creator's value wins and is read back.
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export async function ensureSetting(db: Kysely<Database>, key: string, create: () => string): Promise<string> {
  await db.insertInto('settings').values({ key, value: create() }).onConflict((oc) => oc.column('key').doNothing()).execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirstOrThrow();
  return row.value;
}
