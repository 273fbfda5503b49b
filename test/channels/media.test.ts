// Attachments end to end against local platform APIs on 127.0.0.1: a shopper's WhatsApp image and
// Telegram document are recorded with the message, fetched from the platform only when an agent opens
// them (then served from our table), behind the console session and the tenant; type allow-list and
// size cap; an agent's upload goes out as a WhatsApp image by our signed link and as a Telegram
// document, and the signed link refuses tampering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTenant } from '../../src/commerce/tenant-setup.js';
import { backends, eventually, startHarness, type Harness } from '../support/harness.js';
import { api, postRaw, webhookPath } from './support/channel-harness.js';
import { startPlatformServer, type PlatformServer } from './support/platform-server.js';
import { whatsappGraph, type GraphMedia } from './support/whatsapp-graph.js';
import { telegramApi } from './support/telegram-api.js';
import { hubSignature, PHONE_NUMBER_ID } from './fixtures/whatsapp.js';
import { BOT_TOKEN } from './fixtures/telegram.js';

const ACCESS_TOKEN = 'EAAJB7pZCZBZA0BAKZCZBExampleAccessToken0123456789';
const APP_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const MAX = 4096;
const LATE_NUMBER = '109876543210987';
// A 1×1 PNG.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

function waMedia(id: string, type: 'image' | 'document', mime: string, filename?: string) {
  const waId = '16505550000';
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: PHONE_NUMBER_ID },
              contacts: [{ profile: { name: 'Ana' }, wa_id: waId }],
              messages: [{ from: waId, id, timestamp: String(Math.floor(Date.now() / 1000)), type, [type]: { id: id.replace(/\D/g, '').slice(0, 12) || '1', mime_type: mime, sha256: 'x', ...(filename ? { filename } : {}) } }],
            },
          },
        ],
      },
    ],
  };
}

describe.each(backends())('attachments (%s)', (backend) => {
  let h: Harness;
  let graph: PlatformServer;
  let tg: PlatformServer;
  const graphFiles = new Map<string, GraphMedia>();
  const tgFiles = new Map<string, { path: string; bytes: Buffer }>();
  let wa: { id: string; channel: string };
  let tga: { id: string; generatedSecrets: { secretToken: string } };
  let cookie: string;

  const login = async (email: string, password: string) => {
    const res = await fetch(h.url + '/api/console/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    expect(res.status).toBe(200);
    return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const call = async (c: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(h.url + path, { method, headers: { cookie: c, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  const upload = (c: string, conversationId: string, type: string, bytes: Buffer, filename: string) =>
    fetch(`${h.url}/api/console/conversations/${conversationId}/attachments?filename=${encodeURIComponent(filename)}`, { method: 'POST', headers: { cookie: c, 'content-type': type }, body: new Uint8Array(bytes) });
  const deliverWa = (payload: unknown) => {
    const body = JSON.stringify(payload);
    return postRaw(webhookPath(h, 'whatsapp', wa.id), body, { 'x-hub-signature-256': hubSignature(APP_SECRET, body) });
  };
  const conversationOf = async (externalId: string) => {
    const m = await eventually(() => h.app.ctx.store.db.selectFrom('messages').select('conversation_id').where('external_id', '=', externalId).executeTakeFirst());
    return m.conversation_id;
  };
  const attachmentOf = async (conversationId: string, c = cookie) => {
    const detail = await call(c, 'GET', `/api/console/conversations/${conversationId}`);
    expect(detail.status).toBe(200);
    return (detail.body.messages as { direction: string; attachments?: { id: string; kind: string; mime?: string; filename?: string }[] }[]).flatMap((m) => m.attachments ?? []);
  };

  beforeAll(async () => {
    graph = await startPlatformServer(whatsappGraph({ phoneNumberIds: [PHONE_NUMBER_ID, LATE_NUMBER], accessToken: ACCESS_TOKEN, media: graphFiles, publicUrl: () => graph.url }));
    tg = await startPlatformServer(telegramApi(BOT_TOKEN, tgFiles));
    h = await startHarness(backend, { GRAPH_API_URL: graph.url, TELEGRAM_API_URL: tg.url, CHANNEL_SECRETS_KEY: Buffer.alloc(32, 9).toString('base64'), MEDIA_MAX_BYTES: String(MAX) });
    wa = (await api(h, 'POST', '/api/v1/channel-accounts', { type: 'whatsapp', name: 'WA', config: { phoneNumberId: PHONE_NUMBER_ID }, secrets: { accessToken: ACCESS_TOKEN, appSecret: APP_SECRET } })).json;
    tga = (await api(h, 'POST', '/api/v1/channel-accounts', { type: 'telegram', name: 'TG', config: {}, secrets: { botToken: BOT_TOKEN } })).json;
    expect(wa.id).toBeTruthy();
    expect(tga.id).toBeTruthy();
    cookie = await login(h.app.seeded!.ownerEmail, h.app.seeded!.ownerPassword);
  });

  afterAll(async () => {
    await h?.close();
    await graph?.close();
    await tg?.close();
  });

  it('hands a photo sent after asking about a delivered order to a person (attachment + order-state rule)', async () => {
    const orders = await h.app.ctx.store.db.selectFrom('commerce_records').select('data').where('tenant_id', '=', h.tenantId).where('kind', '=', 'order').execute();
    const order = orders.map((r) => JSON.parse(r.data) as { number: string; phone: string; state: string }).find((o) => o.state === 'delivered' && /^\+\d{8,15}$/.test(o.phone))!;
    expect(order).toBeTruthy();
    const waId = order.phone.slice(1);
    const text = (id: string, body: string) => {
      const p = waMedia(id, 'image', 'image/png') as { entry: { changes: { value: { contacts: { wa_id: string }[]; messages: Record<string, unknown>[] } }[] }[] };
      const v = p.entry[0]!.changes[0]!.value;
      v.contacts[0]!.wa_id = waId;
      v.messages[0] = { from: waId, id, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body } };
      return p;
    };
    expect((await deliverWa(text('wamid.ORD1', `where is my order ${order.number}?`))).status).toBe(200);
    const conv = await conversationOf('wamid.ORD1');
    await eventually(() => h.app.ctx.store.db.selectFrom('messages').select('id').where('conversation_id', '=', conv).where('direction', '=', 'out').executeTakeFirst());
    expect(await h.app.ctx.store.db.selectFrom('queue_entries').select('reason').where('conversation_id', '=', conv).executeTakeFirst()).toBeUndefined();

    graphFiles.set('4101', { mime: 'image/png', bytes: PNG });
    const photo = waMedia('wamid.IMG4101', 'image', 'image/png') as { entry: { changes: { value: { contacts: { wa_id: string }[]; messages: { from: string }[] } }[] }[] };
    photo.entry[0]!.changes[0]!.value.contacts[0]!.wa_id = waId;
    photo.entry[0]!.changes[0]!.value.messages[0]!.from = waId;
    expect((await deliverWa(photo)).status).toBe(200);
    const entry = await eventually(() => h.app.ctx.store.db.selectFrom('queue_entries').select(['reason', 'tags']).where('conversation_id', '=', conv).executeTakeFirst());
    expect(entry.reason).toBe('media_with_order');
    expect(JSON.parse(entry.tags)).toContain('damaged-or-wrong-item');
  });

  it("records a WhatsApp image, fetches it from the Graph API on first open only, and serves it safely", async () => {
    graphFiles.set('4001', { mime: 'image/png', bytes: PNG });
    expect((await deliverWa(waMedia('wamid.IMG4001', 'image', 'image/png'))).status).toBe(200);
    const conv = await conversationOf('wamid.IMG4001');
    const [att] = await attachmentOf(conv);
    expect(att).toMatchObject({ kind: 'image', mime: 'image/png' });
    expect(graph.requests.filter((r) => r.method === 'GET')).toHaveLength(0);

    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${h.url}/api/console/media/${att!.id}`, { headers: { cookie } });
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-disposition')).toMatch(/^inline; filename=/);
    }
    // One lookup and one download, both with the bearer token; the second open read our table.
    const gets = graph.requests.filter((r) => r.method === 'GET');
    expect(gets.map((r) => r.path)).toEqual(['/v21.0/4001', '/media-bytes/4001']);
    expect(gets.every((r) => r.headers.authorization === `Bearer ${ACCESS_TOKEN}`)).toBe(true);
  });

  it('needs a session, and answers 404 to another tenant and for an unknown id', async () => {
    const conv = await conversationOf('wamid.IMG4001');
    const [att] = await attachmentOf(conv);
    expect((await fetch(`${h.url}/api/console/media/${att!.id}`)).status).toBe(401);
    const other = await createTenant(h.app.ctx.store.db, { slug: `media-other-${backend}`, name: 'Other', ownerEmail: `owner@media-other-${backend}.test` });
    const theirs = await login(`owner@media-other-${backend}.test`, other.ownerPassword);
    expect((await fetch(`${h.url}/api/console/media/${att!.id}`, { headers: { cookie: theirs } })).status).toBe(404);
    expect((await call(theirs, 'GET', `/api/console/conversations/${conv}`)).status).toBe(404);
    expect((await upload(theirs, conv, 'image/png', PNG, 'x.png')).status).toBe(404);
    expect((await fetch(`${h.url}/api/console/media/med_nope`, { headers: { cookie } })).status).toBe(404);
  });

  it('refuses types outside the allow-list and files over MEDIA_MAX_BYTES, keeping nothing', async () => {
    graphFiles.set('4002', { mime: 'text/html', bytes: Buffer.from('<script>alert(1)</script>') });
    await deliverWa(waMedia('wamid.DOC4002', 'document', 'text/html', 'page.html'));
    const [html] = (await attachmentOf(await conversationOf('wamid.DOC4002'))).filter((a) => a.filename === 'page.html');
    const r1 = await fetch(`${h.url}/api/console/media/${html!.id}`, { headers: { cookie } });
    expect(r1.status).toBe(415);
    expect(r1.headers.get('content-type')).toMatch(/^application\/json/);

    graphFiles.set('4003', { mime: 'application/pdf', bytes: Buffer.alloc(MAX + 1, 1) });
    await deliverWa(waMedia('wamid.DOC4003', 'document', 'application/pdf', 'big.pdf'));
    const [big] = (await attachmentOf(await conversationOf('wamid.DOC4003'))).filter((a) => a.filename === 'big.pdf');
    expect((await fetch(`${h.url}/api/console/media/${big!.id}`, { headers: { cookie } })).status).toBe(413);
    const kept = await h.app.ctx.store.db.selectFrom('media_content').select('media_id').where('media_id', 'in', [html!.id, big!.id]).execute();
    expect(kept).toEqual([]);
  });

  it("shows an agent's image in the shopper's widget by its signed link, live and after a reload", async () => {
    const tenant = await h.app.ctx.store.db.selectFrom('tenants').select('slug').where('id', '=', h.tenantId).executeTakeFirstOrThrow();
    const shop = (await (await fetch(`${h.url}/api/shop/${tenant.slug}`)).json()) as { widgetKey: string };
    const connect = (token?: string) => {
      const ws = new WebSocket(`${h.url.replace('http', 'ws')}/api/widget/ws?key=${shop.widgetKey}${token ? `&token=${encodeURIComponent(token)}` : ''}`);
      const frames: { type: string; visitorToken?: string; conversationId?: string; messages?: WireLike[]; message?: WireLike }[] = [];
      ws.on('message', (d) => frames.push(JSON.parse(d.toString())));
      return { ws, frames };
    };
    type WireLike = { author: string; attachments?: { id: string; url?: string }[] };
    const first = connect();
    await new Promise((r) => first.ws.once('open', r));
    first.ws.send(JSON.stringify({ type: 'message', clientId: 'c-photo', text: 'can you send me the return label?' }));
    const ack = await eventually(async () => first.frames.find((f) => f.type === 'ack'));
    const token = first.frames.find((f) => f.type === 'session')!.visitorToken!;
    const up = await upload(cookie, ack.conversationId!, 'image/png', PNG, 'label.png');
    expect(up.status).toBe(201);
    const { attachment } = (await up.json()) as { attachment: { id: string } };
    expect((await call(cookie, 'POST', `/api/console/conversations/${ack.conversationId}/messages`, { text: 'Here it is', attachments: [attachment.id] })).status).toBe(200);

    const live = await eventually(async () => first.frames.find((f) => f.type === 'message' && f.message?.author === 'agent')?.message);
    const url = live.attachments?.[0]?.url;
    expect(url?.startsWith(`${h.app.config.publicUrl}/media/${attachment.id}?`)).toBe(true);
    const fetched = await fetch(h.url + url!.slice(h.app.config.publicUrl.length));
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(PNG);
    first.ws.close();

    const again = connect(token);
    const session = await eventually(async () => again.frames.find((f) => f.type === 'session'));
    const agentMessage = session.messages!.find((m) => m.author === 'agent')!;
    expect(agentMessage.attachments?.[0]).toMatchObject({ id: attachment.id, url: expect.stringContaining(`/media/${attachment.id}?exp=`) });
    again.ws.close();
  });

  it("sends an agent's image to WhatsApp by a signed link the platform can fetch, and the link refuses tampering", async () => {
    const conv = await conversationOf('wamid.IMG4001');
    expect((await upload(cookie, conv, 'text/html', Buffer.from('<b>x</b>'), 'x.html')).status).toBe(415);
    expect((await upload(cookie, conv, 'image/png', Buffer.alloc(MAX + 10, 1), 'big.png')).status).toBe(413);
    const up = await upload(cookie, conv, 'image/png', PNG, '../receipt.png');
    expect(up.status).toBe(201);
    const { attachment } = (await up.json()) as { attachment: { id: string; filename: string; kind: string } };
    expect(attachment).toMatchObject({ kind: 'image', filename: 'receipt.png' });

    const sent = await call(cookie, 'POST', `/api/console/conversations/${conv}/messages`, { text: 'Here is your receipt', attachments: [attachment.id] });
    expect(sent.status).toBe(200);
    expect(sent.body.message.attachments).toEqual([expect.objectContaining({ id: attachment.id, kind: 'image' })]);
    // Once sent it cannot be attached again.
    expect((await call(cookie, 'POST', `/api/console/conversations/${conv}/messages`, { text: '', attachments: [attachment.id] })).status).toBe(400);

    await graph.waitFor((r) => r.some((x) => (x.json as { type?: string } | undefined)?.type === 'image'));
    const posts = graph.requests.filter((r) => r.method === 'POST' && (r.json as { to?: string }).to === '16505550000');
    const text = posts.find((r) => (r.json as { text?: { body: string } }).text?.body === 'Here is your receipt');
    const image = posts.find((r) => (r.json as { type: string }).type === 'image')!;
    expect((text!.json as { text: { body: string } }).text.body).toBe('Here is your receipt');
    expect(posts.indexOf(text!)).toBeLessThan(posts.indexOf(image));
    const link = (image.json as { image: { link: string } }).image.link;
    expect(link.startsWith(`${h.app.config.publicUrl}/media/${attachment.id}?`)).toBe(true);

    const path = link.slice(h.app.config.publicUrl.length);
    const fetched = await fetch(h.url + path);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(PNG);
    expect(fetched.headers.get('x-content-type-options')).toBe('nosniff');
    const u = new URL(h.url + path);
    expect((await fetch(`${h.url}/media/${attachment.id}?exp=${Number(u.searchParams.get('exp')) + 60}&sig=${u.searchParams.get('sig')}`)).status).toBe(403);
    // A shopper's file is never reachable through the public route, even with a valid signature for its id.
    const [shopperFile] = await attachmentOf(conv);
    const forged = new URL(h.app.ctx.mediaLinks.url(shopperFile!.id));
    expect((await fetch(`${h.url}${forged.pathname}${forged.search}`)).status).toBe(404);
  });

  it('outside the 24-hour window sends the file as its link in the reopen template', async () => {
    const late = (await api(h, 'POST', '/api/v1/channel-accounts', { type: 'whatsapp', name: 'Late', config: { phoneNumberId: LATE_NUMBER, templates: [{ name: 'reply_ready', language: 'en_US', purpose: 'reopen', bodyParameters: 1 }] }, secrets: { accessToken: ACCESS_TOKEN, appSecret: APP_SECRET } })).json;
    const old = String(Math.floor((Date.now() - 2 * 86_400_000) / 1000));
    const payload = { object: 'whatsapp_business_account', entry: [{ id: '1', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: LATE_NUMBER }, messages: [{ from: '16505559999', id: 'wamid.OLD1', timestamp: old, type: 'text', text: { body: 'hello?' } }] } }] }] };
    const body = JSON.stringify(payload);
    expect((await postRaw(webhookPath(h, 'whatsapp', late.id), body, { 'x-hub-signature-256': hubSignature(APP_SECRET, body) })).status).toBe(200);
    const conv = await conversationOf('wamid.OLD1');
    const up = await upload(cookie, conv, 'application/pdf', Buffer.from('%PDF-1.4'), 'label.pdf');
    const { attachment } = (await up.json()) as { attachment: { id: string } };
    expect((await call(cookie, 'POST', `/api/console/conversations/${conv}/messages`, { attachments: [attachment.id] })).status).toBe(200);
    type Tpl = { to: string; type: string; template?: { components?: { parameters: { text: string }[] }[] } };
    await graph.waitFor((r) => r.some((x) => (x.json as Tpl | undefined)?.to === '16505559999' && (x.json as Tpl).template?.components?.[0]?.parameters[0]?.text.startsWith('label.pdf: ') === true));
    const sent = graph.requests.map((x) => x.json as Tpl | undefined).filter((j) => j?.to === '16505559999');
    expect(sent.every((j) => j!.type === 'template')).toBe(true);
    expect(sent.at(-1)!.template!.components![0]!.parameters[0]!.text).toMatch(new RegExp(`^label\\.pdf: ${h.app.config.publicUrl}/media/${attachment.id}\\?exp=`));
  });

  it("records a Telegram document (getFile, then the file path) and sends an agent's PDF with sendDocument", async () => {
    tgFiles.set('BQACAgIAAxkBAAIC', { path: 'documents/file_7.pdf', bytes: Buffer.from('%PDF-1.4 small') });
    const update = {
      update_id: 77,
      message: { message_id: 12, date: Math.floor(Date.now() / 1000), chat: { id: 5550001, type: 'private', first_name: 'Bo' }, from: { id: 5550001, is_bot: false, first_name: 'Bo' }, document: { file_name: 'invoice.pdf', mime_type: 'application/pdf', file_id: 'BQACAgIAAxkBAAIC', file_unique_id: 'AgAD', file_size: 14 } },
    };
    expect((await postRaw(webhookPath(h, 'telegram', tga.id), JSON.stringify(update), { 'x-telegram-bot-api-secret-token': tga.generatedSecrets.secretToken })).status).toBe(200);
    const conv = await conversationOf('5550001:12');
    const [doc] = await attachmentOf(conv);
    expect(doc).toMatchObject({ kind: 'file', mime: 'application/pdf', filename: 'invoice.pdf' });
    const res = await fetch(`${h.url}/api/console/media/${doc!.id}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="invoice.pdf"; filename*=UTF-8''invoice.pdf`);
    expect(await res.text()).toBe('%PDF-1.4 small');

    const up = await upload(cookie, conv, 'application/pdf', Buffer.from('%PDF-1.4 reply'), 'label.pdf');
    const { attachment } = (await up.json()) as { attachment: { id: string } };
    expect((await call(cookie, 'POST', `/api/console/conversations/${conv}/messages`, { attachments: [attachment.id] })).status).toBe(200);
    await tg.waitFor((r) => r.some((x) => x.path.endsWith('/sendDocument')));
    const sent = tg.requests.find((x) => x.path.endsWith('/sendDocument'))!.json as { chat_id: number; document: string };
    expect(sent.chat_id).toBe(5550001);
    expect(sent.document.startsWith(`${h.app.config.publicUrl}/media/${attachment.id}?exp=`)).toBe(true);
    expect(tg.requests.some((x) => x.path.endsWith('/sendMessage') && (x.json as { chat_id: number }).chat_id === 5550001 && (x.json as { text: string }).text === '')).toBe(false);
  });
});
