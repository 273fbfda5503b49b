// A stored message translated for an agent, cached per (message, target language): the console asks
// again on every open and for every agent, the service is paid (and waited for) once.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { TranslationProvider } from './provider.js';

export interface MessageTranslation {
  messageId: string;
  target: string;
  source: string | null;
  text: string;
  cached: boolean;
}

export async function translateMessage(db: Kysely<Database>, provider: TranslationProvider, tenantId: string, message: { id: string; text: string; language?: string | null }, target: string, now = Date.now()): Promise<MessageTranslation> {
  const hit = await db
    .selectFrom('message_translations')
    .select(['source', 'text'])
    .where('tenant_id', '=', tenantId)
    .where('message_id', '=', message.id)
    .where('target', '=', target)
    .executeTakeFirst();
  if (hit) return { messageId: message.id, target, source: hit.source, text: hit.text, cached: true };
  const t = await provider.translate(message.text, target, message.language ?? undefined);
  await db
    .insertInto('message_translations')
    .values({ tenant_id: tenantId, message_id: message.id, target, source: t.source, text: t.text, provider: provider.name, created_at: now })
    .onConflict((oc) => oc.columns(['tenant_id', 'message_id', 'target']).doNothing())
    .execute();
  return { messageId: message.id, target, source: t.source, text: t.text, cached: false };
}
