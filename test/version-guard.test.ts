// The pipeline's version guard: when an agent takes a conversation over while the bot is computing
// its turn, the bot's turn is discarded and the message is answered again under the new state
// (silently, since a human now owns it) — never both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PipelineWorker } from '../src/pipeline/pipeline-worker.js';
import { NluService } from '../src/pipeline/nlu-service.js';
import { takeOver } from '../src/handoff/conversation-actions.js';
import { backends, startHarness, type Harness } from './support/harness.js';

describe.each(backends())('version guard (%s)', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(backend);
    await h.app.pipeline.stop();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('discards a turn computed before an agent took over', async () => {
    const res = await fetch(h.url + '/api/v1/messages', {
      method: 'POST',
      headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ customer: { externalId: 'guard-1' }, text: 'how much is shipping?' }),
    });
    const { conversationId, messageId } = (await res.json()) as { conversationId: string; messageId: string };
    const { ctx } = h.app;
    const nlu = new NluService({ db: ctx.store.db, log: ctx.log, reader: ctx.reader, tenants: ctx.tenants });
    await nlu.load();
    const owner = await ctx.store.db.selectFrom('users').select(['id', 'name']).where('tenant_id', '=', h.tenantId).executeTakeFirstOrThrow();
    let raced = false;
    const worker = new PipelineWorker(
      {
        ...ctx,
        // The agent acts while the bot is between reading the conversation and committing its turn.
        nluFor: (t) => {
          if (!raced) {
            raced = true;
            void takeOver(ctx.store.db, ctx.bus, { id: owner.id, name: owner.name, tenantId: h.tenantId }, conversationId);
          }
          return nlu.forTenant(t);
        },
        onOutbox: () => undefined,
      },
      { batch: 10, leaseMs: 5000 },
    );
    await worker.runOnce();
    expect(raced).toBe(true);
    const afterRace = await ctx.store.db.selectFrom('messages').select(['processed_at']).where('id', '=', messageId).executeTakeFirstOrThrow();
    expect(afterRace.processed_at).toBeNull();

    await worker.runOnce();
    const msgs = await ctx.store.db.selectFrom('messages').select(['author', 'meta', 'processed_at']).where('conversation_id', '=', conversationId).orderBy('created_at').execute();
    expect(msgs.map((m) => m.author)).toEqual(['customer']);
    expect(msgs[0]!.processed_at).not.toBeNull();
    expect(JSON.parse(msgs[0]!.meta!).decision).toBe('silent');
    await nlu.close();
  });
});
