// `npx tsx bench/inbox/route-overhead.ts [--json]`: what evaluating the handoff rules adds to each
// bot turn. Runs the real turn (respond(): understand, decide, skill, reply) over a mix of shopper
// messages for one demo tenant, alone and followed by HandoffRouter.route() with the default rules,
// alternating rounds in the same process; prints median microseconds per message and the ratio, for
// routine questions the bot answers and for a mix where a third of the messages are handed off (a
// handoff also reads the conversation's last messages for the summary).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app.js';
import { parseDialogState } from '../../src/dialog/dialog-state.js';
import { respond } from '../../src/dialog/respond.js';
import { NluService } from '../../src/pipeline/nlu-service.js';
import { loadConfig } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';

const json = process.argv.includes('--json');
const ROUNDS = 7;
const log = (s: string) => process.stderr.write(s + '\n');
const ROUTINE = ['hi', 'how much is shipping?', 'what payment methods do you accept?', 'thanks!', 'what is your return policy?', 'do you ship to Malaysia? how long does it take', 'kak ongkir ke surabaya berapa ya?'];
const MIX = [
  'hi', 'how much is shipping?', 'what payment methods do you accept?', 'thanks!', 'what is your return policy?',
  'do you ship to Malaysia? how long does it take', 'I want to talk to a human agent please', 'this is terrible, I am very angry',
  'I want to return my shoes', 'asdf qwer', 'where is my order PD-100001', 'kak ongkir ke surabaya berapa ya?',
];

const dataDir = mkdtempSync(join(tmpdir(), 'peakdesk-route-bench-'));
const { DATABASE_URL: _d, REDIS_URL: _r, ...env } = process.env;
const config = loadConfig({ ...env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', WORKERS: 'false' });
const app = await createApp(config, { log: createLogger('warn') });
try {
  const { ctx } = app;
  log('loading the intent model…');
  const nlu = new NluService({ db: ctx.store.db, log: ctx.log, reader: ctx.reader, tenants: ctx.tenants });
  await nlu.load();
  const tenantId = app.seeded!.tenantId;
  const tenant = (await ctx.tenants.get(tenantId))!;
  const understander = nlu.forTenant(tenantId);
  const now = Date.now();
  const conversation = {
    id: 'cnv_bench', tenant_id: tenantId, customer_id: 'cus_bench', open_customer_id: 'cus_bench', channel: 'api', status: 'open' as const, handler: 'bot' as const,
    assignee_id: null, priority: 0, language: null, last_intent: null, state: '{}', version: 1, last_message_text: null, last_message_author: null, created_at: now, updated_at: now,
  };
  const customer = { id: 'cus_bench', tenant_id: tenantId, channel: 'api', external_id: 'bench', name: null, email: null, locale: null, created_at: now, updated_at: now };
  const turn = (text: string) =>
    respond({ tenantId, shop: tenant.shop, text, state: parseDialogState('{}'), handler: 'bot', customer: { email: null, name: null, locale: null }, previousLanguage: null, nlu: understander, reader: ctx.reader, now: Date.now() });

  async function round(texts: string[], withRules: boolean, n: number): Promise<number> {
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      const text = texts[i % texts.length]!;
      const bot = await turn(text);
      if (withRules) await ctx.handoff.route({ conversation, customer, text, stateBefore: {}, handlerBefore: 'bot', turn: bot, shopTimezone: tenant.shop.timezone, shopName: tenant.shop.name, now: Date.now() });
    }
    return ((performance.now() - start) * 1000) / n;
  }

  const N = 3000;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const results: Record<string, { turnUs: number; turnWithRulesUs: number; ratio: number }> = {};
  for (const [name, texts] of [['routine', ROUTINE], ['mix', MIX]] as const) {
    await round(texts, true, 500);
    const plain: number[] = [];
    const routed: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      plain.push(await round(texts, false, N));
      routed.push(await round(texts, true, N));
      log(`${name} round ${r + 1}: turn ${plain.at(-1)!.toFixed(1)} µs, turn + rules ${routed.at(-1)!.toFixed(1)} µs`);
    }
    results[name] = { turnUs: Math.round(median(plain) * 10) / 10, turnWithRulesUs: Math.round(median(routed) * 10) / 10, ratio: Math.round((median(routed) / median(plain)) * 1000) / 1000 };
  }
  if (json) process.stdout.write(JSON.stringify({ messages: N, rounds: ROUNDS, ...results }) + '\n');
  else for (const [name, r] of Object.entries(results)) process.stdout.write(`${name}: turn ${r.turnUs} µs/message; turn + handoff rules ${r.turnWithRulesUs} µs/message; ratio ${r.ratio}\n`);
} finally {
  await app.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
