// `npx tsx bench/channels/webhook-ingest.ts [--json] [--rounds 5] [--requests 3000]`: what a channel
// webhook costs at the edge. One embedded Peakdesk (ingest only, WORKERS=false, fresh data dir) takes
// N signed WhatsApp webhooks (X-Hub-Signature-256 over the raw body, zod parse, one message each) and,
// as the baseline in the same run, N generic-API messages (API key, JSON body) at 32 in flight;
// rounds alternate, medians of accepted messages per second and their ratio are printed.
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';

const argv = process.argv.slice(2);
const opt = (name: string, def: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : def;
};
const rounds = opt('rounds', 5);
const requests = opt('requests', 3000);
const concurrency = 32;
const log = (s: string) => process.stderr.write(s + '\n');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const PHONE = '106540352242922';
const APP_SECRET = 'bench-app-secret-0123456789abcdef';

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'peakdesk-bench-channels-'));
  const { DATABASE_URL: _d, REDIS_URL: _r, ...env } = process.env;
  const config = loadConfig({ ...env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, WORKERS: 'false', LOG_LEVEL: 'error', MAX_BACKLOG: '1000000' });
  const app = await createApp(config, { log: createLogger('error') });
  const url = await app.start();
  const apiKey = app.seeded!.apiKey;
  const created = await app.ctx.channelAccounts.create(app.seeded!.tenantId, { type: 'whatsapp', name: 'bench', config: { phoneNumberId: PHONE }, secrets: { accessToken: 'x'.repeat(40), appSecret: APP_SECRET } });
  const hook = `${url}/channels/whatsapp/${created.view.id}/webhook`;
  const agent = new Agent({ connections: concurrency });
  let seq = 0;

  const whatsapp = () => {
    const n = ++seq;
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: PHONE }, contacts: [{ wa_id: `6590${n % 5000}`, profile: { name: 'Bench' } }], messages: [{ from: `6590${n % 5000}`, id: `wamid.B${n}`, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: 'where is my order?' } }] } }] }],
    });
    return { url: hook, body, headers: { 'content-type': 'application/json', 'x-hub-signature-256': 'sha256=' + createHmac('sha256', APP_SECRET).update(body).digest('hex') } };
  };
  const generic = () => {
    const n = ++seq;
    return { url: `${url}/api/v1/messages`, body: JSON.stringify({ customer: { externalId: `c${n % 5000}` }, text: 'where is my order?', externalMessageId: `g${n}` }), headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` } };
  };

  async function run(make: () => { url: string; body: string; headers: Record<string, string> }): Promise<number> {
    let left = requests;
    let failed = 0;
    const started = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (left-- > 0) {
          const r = make();
          const res = await request(r.url, { method: 'POST', body: r.body, headers: r.headers, dispatcher: agent });
          await res.body.dump();
          if (res.statusCode >= 300) failed++;
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (failed > 0) throw new Error(`${failed} requests failed`);
    return requests / seconds;
  }

  await run(generic);
  await run(whatsapp);
  const results = { api: [] as number[], whatsapp: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    results.api.push(await run(generic));
    results.whatsapp.push(await run(whatsapp));
    log(`round ${i + 1}/${rounds}: api ${results.api.at(-1)!.toFixed(0)}/s, whatsapp ${results.whatsapp.at(-1)!.toFixed(0)}/s`);
  }
  const out = {
    requests,
    rounds,
    concurrency,
    apiMessagesPerSecond: Math.round(median(results.api)),
    whatsappWebhooksPerSecond: Math.round(median(results.whatsapp)),
    ratio: Math.round((median(results.whatsapp) / median(results.api)) * 100) / 100,
  };
  if (argv.includes('--json')) console.log(JSON.stringify(out));
  else console.log(`generic API: ${out.apiMessagesPerSecond} msg/s · WhatsApp webhooks: ${out.whatsappWebhooksPerSecond} msg/s · ratio ${out.ratio} (medians of ${rounds} rounds, ${requests} requests, ${concurrency} in flight)`);
  await agent.close();
  await app.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
