// The inbox feed against a real SQLite store: what reaches which console when conversations join,
// change in and leave queues, and when the bot merely answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WireConversation } from '../api/protocol.js';
import { InProcessBus } from '../runtime/bus.js';
import { createLogger } from '../runtime/logger.js';
import { migrate, openStore, type Store } from '../store/database.js';
import type { InboxItem, Viewer } from './inbox.js';
import { InboxFeed } from './inbox-feed.js';

let dir: string;
let store: Store;
let bus: InProcessBus;
let sent: { items: string[]; removed: string[] }[];
let feed: InboxFeed;
const T = 'ten_1';
const now = Date.now();

const conv = (id: string, status: WireConversation['status']) => ({ id, status }) as WireConversation;
const settle = () => new Promise((r) => setTimeout(r, 50));

async function addConversation(id: string, status: 'open' | 'handoff', teamId: string | null = null) {
  await store.db.insertInto('conversations').values({
    id, tenant_id: T, customer_id: 'cus_1', open_customer_id: null, channel: 'api', status, handler: status === 'handoff' ? 'human' : 'bot', assignee_id: null,
    priority: 1, language: 'en', last_intent: null, state: '{}', version: 1, last_message_text: null, last_message_author: null, created_at: now, updated_at: now,
  }).execute();
  if (status === 'handoff') {
    await store.db.insertInto('queue_entries').values({
      conversation_id: id, tenant_id: T, team_id: teamId, reason: 'complaint', tags: '[]', level: 1, urgency: 0, anger: 0, sentiment: 0, customer_value: 0,
      queued_at: now, sla_due_at: now + 3_600_000, summary: '{}', headline: 'Complaint', unread: 1, updated_at: now,
    }).execute();
  }
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'peakdesk-feed-'));
  store = openStore({ dataDir: dir });
  await migrate(store);
  await store.db.insertInto('customers').values({ id: 'cus_1', tenant_id: T, channel: 'api', external_id: 'x', name: 'Ana', email: null, locale: null, created_at: now, updated_at: now }).execute();
  await store.db.insertInto('teams').values({ id: 'team_vip', tenant_id: T, name: 'VIP', private: 1, routing: 'round_robin', created_at: now }).execute();
  await addConversation('cnv_known', 'handoff');
  bus = new InProcessBus();
  sent = [];
  feed = new InboxFeed(store.db, bus, { sendInbox: (_t, items: InboxItem[], removed) => sent.push({ items: items.map((i) => i.conversation.id), removed }) }, createLogger('silent'));
  await feed.start();
});

afterEach(async () => {
  feed.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('InboxFeed', () => {
  it('sends nothing for a bot-handled conversation', async () => {
    await addConversation('cnv_bot', 'open');
    bus.publish([{ type: 'conversation.updated', tenantId: T, conversation: conv('cnv_bot', 'open') }]);
    await settle();
    expect(sent).toEqual([]);
  });

  it('sends a conversation joining a queue, then its removal when it leaves, including one queued before start', async () => {
    await addConversation('cnv_new', 'handoff');
    bus.publish([{ type: 'conversation.updated', tenantId: T, conversation: conv('cnv_new', 'handoff') }]);
    await settle();
    expect(sent).toEqual([{ items: ['cnv_new'], removed: [] }]);
    bus.publish([
      { type: 'conversation.updated', tenantId: T, conversation: conv('cnv_new', 'resolved') },
      { type: 'conversation.updated', tenantId: T, conversation: conv('cnv_known', 'open') },
    ]);
    await settle();
    expect(sent[1]).toEqual({ items: [], removed: ['cnv_new', 'cnv_known'] });
  });

  it('delivers held agent frames only to agents allowed to see the conversation’s queue', async () => {
    await addConversation('cnv_vip', 'handoff', 'team_vip');
    await addConversation('cnv_bot', 'open');
    const member: Viewer = { userId: 'u1', tenantId: T, role: 'agent', teams: ['team_vip'] };
    const outsider: Viewer = { userId: 'u2', tenantId: T, role: 'agent', teams: [] };
    const seen: Record<string, [boolean, boolean]> = {};
    for (const id of ['cnv_vip', 'cnv_known', 'cnv_bot']) feed.gate(T, id, (visible) => (seen[id] = [visible(member), visible(outsider)]));
    await settle();
    expect(seen).toEqual({ cnv_vip: [true, false], cnv_known: [true, true], cnv_bot: [false, false] });
  });
});
