// Attachments on Messenger and LINE against their local APIs on 127.0.0.1: a shopper's Messenger image
// is read from the attachment's CDN URL and a LINE image from the content endpoint with the channel
// token, on first open only; an agent's image goes to Messenger as an attachment by our signed link and
// to LINE as an image message (https links, as LINE requires), a PDF to LINE as a link in text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, eventually, startHarness, type Harness } from '../support/harness.js';
import { api, postRaw, webhookPath } from './support/channel-harness.js';
import { startPlatformServer, type PlatformServer } from './support/platform-server.js';
import { sendApi } from './support/send-api.js';
import { lineApi } from './support/line-api.js';
import { hubSignature } from './fixtures/whatsapp.js';
import { CHANNEL_ID, CHANNEL_SECRET, imageEvent, lineBody, lineSignature } from './fixtures/line.js';
import { PAGE_ID } from './fixtures/meta-messaging.js';

const TOKEN = 'EAAGm0PX4ZCpsBAExamplePageAccessToken0123456789';
const APP_SECRET = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const LINE_TOKEN = 'line-channel-access-token-0123456789abcdef';
const PUBLIC = 'https://desk.example';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

describe.each(backends())('attachments on Messenger and LINE (%s)', (backend) => {
  let h: Harness;
  let graph: PlatformServer;
  let line: PlatformServer;
  const cdn = new Map<string, { mime: string; bytes: Buffer }>();
  const lineContent = new Map<string, { mime: string; bytes: Buffer }>();
  let messenger: { id: string };
  let lineAccount: { id: string };
  let cookie: string;

  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(h.url + path, { method, headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  const conversationOf = async (externalId: string) => (await eventually(() => h.app.ctx.store.db.selectFrom('messages').select('conversation_id').where('external_id', '=', externalId).executeTakeFirst())).conversation_id;
  const firstAttachment = async (conversationId: string) => {
    const detail = await call('GET', `/api/console/conversations/${conversationId}`);
    return (detail.body.messages as { attachments?: { id: string; kind: string }[] }[]).flatMap((m) => m.attachments ?? [])[0]!;
  };
  const open = (id: string) => fetch(`${h.url}/api/console/media/${id}`, { headers: { cookie } });
  const uploadAndSend = async (conversationId: string, type: string, bytes: Buffer, filename: string) => {
    const up = await fetch(`${h.url}/api/console/conversations/${conversationId}/attachments?filename=${filename}`, { method: 'POST', headers: { cookie, 'content-type': type }, body: new Uint8Array(bytes) });
    expect(up.status).toBe(201);
    const { attachment } = (await up.json()) as { attachment: { id: string } };
    expect((await call('POST', `/api/console/conversations/${conversationId}/messages`, { attachments: [attachment.id] })).status).toBe(200);
    return attachment.id;
  };

  beforeAll(async () => {
    graph = await startPlatformServer(sendApi({ accountIds: [PAGE_ID], accessToken: TOKEN, maxText: () => 2000, cdn }));
    const fakeLine = lineApi(LINE_TOKEN, lineContent);
    line = await startPlatformServer(fakeLine.handler);
    h = await startHarness(backend, { GRAPH_API_URL: graph.url, LINE_API_URL: line.url, PUBLIC_URL: PUBLIC, CHANNEL_SECRETS_KEY: Buffer.alloc(32, 6).toString('base64') });
    messenger = (await api(h, 'POST', '/api/v1/channel-accounts', { type: 'messenger', name: 'Page', config: { pageId: PAGE_ID }, secrets: { pageAccessToken: TOKEN, appSecret: APP_SECRET } })).json;
    lineAccount = (await api(h, 'POST', '/api/v1/channel-accounts', { type: 'line', name: 'OA', config: { channelId: CHANNEL_ID }, secrets: { channelSecret: CHANNEL_SECRET, channelAccessToken: LINE_TOKEN } })).json;
    const res = await fetch(h.url + '/api/console/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: h.app.seeded!.ownerEmail, password: h.app.seeded!.ownerPassword }) });
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  });

  afterAll(async () => {
    await h?.close();
    await graph?.close();
    await line?.close();
  });

  it("Messenger: the shopper's image from its CDN URL, the agent's image as an attachment by signed link", async () => {
    cdn.set('t1.png', { mime: 'image/png', bytes: PNG });
    const payload = { object: 'page', entry: [{ id: PAGE_ID, time: Date.now(), messaging: [{ sender: { id: '6001' }, recipient: { id: PAGE_ID }, timestamp: Date.now(), message: { mid: 'm_media_1', attachments: [{ type: 'image', payload: { url: `${graph.url}/cdn/t1.png` } }] } }] }] };
    const body = JSON.stringify(payload);
    expect((await postRaw(webhookPath(h, 'messenger', messenger.id), body, { 'x-hub-signature-256': hubSignature(APP_SECRET, body) })).status).toBe(200);
    const conv = await conversationOf('m_media_1');
    const att = await firstAttachment(conv);
    for (let i = 0; i < 2; i++) expect(Buffer.from(await (await open(att.id)).arrayBuffer())).toEqual(PNG);
    expect(graph.requests.filter((r) => r.path === '/cdn/t1.png')).toHaveLength(1);

    const id = await uploadAndSend(conv, 'image/png', PNG, 'photo.png');
    await graph.waitFor((r) => r.some((x) => (x.json as { message?: { attachment?: unknown } } | undefined)?.message?.attachment !== undefined));
    const sent = graph.requests.find((x) => (x.json as { message?: { attachment?: unknown } } | undefined)?.message?.attachment)!.json as { recipient: { id: string }; message: { attachment: { type: string; payload: { url: string } } } };
    expect(sent.recipient.id).toBe('6001');
    expect(sent.message.attachment.type).toBe('image');
    expect(sent.message.attachment.payload.url.startsWith(`${PUBLIC}/media/${id}?exp=`)).toBe(true);
  });

  it("LINE: the shopper's image from the content endpoint with the token; an image message and a PDF link", async () => {
    lineContent.set('468789577898262530', { mime: 'image/png', bytes: PNG });
    const body = JSON.stringify(lineBody([imageEvent({ messageId: '468789577898262530' })]));
    expect((await postRaw(webhookPath(h, 'line', lineAccount.id), body, { 'x-line-signature': lineSignature(CHANNEL_SECRET, body) })).status).toBe(200);
    const conv = await conversationOf('468789577898262530');
    const att = await firstAttachment(conv);
    const res = await open(att.id);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
    expect(line.requests.find((r) => r.path === '/v2/bot/message/468789577898262530/content')!.headers.authorization).toBe(`Bearer ${LINE_TOKEN}`);

    const image = await uploadAndSend(conv, 'image/png', PNG, 'photo.png');
    const pdf = await uploadAndSend(conv, 'application/pdf', Buffer.from('%PDF-1.4'), 'label.pdf');
    type LineReq = { messages?: { type: string; originalContentUrl?: string; text?: string }[] };
    await line.waitFor((r) => r.some((x) => (x.json as LineReq | undefined)?.messages?.some((m) => m.text?.startsWith('label.pdf: ')) ?? false));
    const messages = line.requests.flatMap((x) => (x.json as LineReq | undefined)?.messages ?? []);
    expect(messages.find((m) => m.type === 'image')!.originalContentUrl!.startsWith(`${PUBLIC}/media/${image}?exp=`)).toBe(true);
    expect(messages.find((m) => m.text?.startsWith('label.pdf: '))!.text!.startsWith(`label.pdf: ${PUBLIC}/media/${pdf}?exp=`)).toBe(true);
  });
});
