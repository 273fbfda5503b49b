// Where a channel showed quick replies as a numbered list (no buttons, too many, labels too long), a
// shopper answers "2": read that as the second option, exactly as a tap on a button would have been,
// so the dialog sees the same text on every channel.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { renderForChannel } from './render-for-channel.js';
import type { ChannelCapabilities } from './types.js';

/** The option a bare number picks, when the last reply offered `options` as a numbered list. */
export function numberedChoice(text: string, options: string[] | undefined, caps: ChannelCapabilities): string | undefined {
  const m = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(text);
  if (!m || !options || options.length === 0) return undefined;
  // Only when the list really was numbered on this channel; with buttons, "2" is just "2".
  if (renderForChannel({ text: '.', quickReplies: options }, caps).some((p) => p.quickReplies)) return undefined;
  const n = Number(m[1]);
  return n >= 1 && n <= options.length ? options[n - 1] : undefined;
}

/** The quick replies of the last message we sent in the shopper's open conversation on this channel. */
export async function lastOfferedOptions(db: Kysely<Database>, tenantId: string, channel: string, customerExternalId: string): Promise<string[] | undefined> {
  const row = await db
    .selectFrom('messages')
    .innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
    .innerJoin('customers', 'customers.id', 'conversations.open_customer_id')
    .select('messages.meta')
    .where('customers.tenant_id', '=', tenantId)
    .where('customers.channel', '=', channel)
    .where('customers.external_id', '=', customerExternalId)
    .where('messages.direction', '=', 'out')
    .orderBy('messages.created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row?.meta) return undefined;
  const meta = JSON.parse(row.meta) as { quickReplies?: unknown };
  return Array.isArray(meta.quickReplies) && meta.quickReplies.every((q) => typeof q === 'string') ? (meta.quickReplies as string[]) : undefined;
}
