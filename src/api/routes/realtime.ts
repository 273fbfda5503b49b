// Websocket endpoints: the shopper widget (/api/widget/ws, keyed by the shop's widget key and the
// visitor's signed token) and the agent console (/api/console/ws, session cookie).
import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import type { RealtimeGateway } from '../realtime/gateway.js';
import type { WidgetServerFrame } from '../protocol.js';
import { toWireMessage } from '../wire.js';
import { issueVisitorToken, verifyVisitorToken } from '../../channels/widget/visitor-token.js';
import { widgetChannel } from '../../channels/widget/definition.js';
import { OverloadedError } from '../../ingest/ingest.js';
import { localeSchema, messageTextSchema } from '../validation.js';
import { SESSION_COOKIE, sessionUser } from '../auth/session.js';
import { viewerOf } from '../../handoff/inbox.js';
import { attachmentsOf } from '../../media/media-store.js';

const widgetQuery = z.object({ key: z.string().min(1).max(200), token: z.string().max(300).optional() });

const clientFrame = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('message'),
    clientId: z.string().min(1).max(100),
    text: messageTextSchema.refine((s) => s.length <= widgetChannel.limits.maxTextChars, `must be at most ${widgetChannel.limits.maxTextChars} characters`),
    locale: localeSchema.optional(),
  }),
  z.object({ type: z.literal('ping') }),
]);

function sendFrame(ws: WebSocket, frame: WidgetServerFrame): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
}

export function registerRealtime(app: FastifyInstance, ctx: AppContext, gateway: RealtimeGateway): void {
  app.get('/api/widget/ws', { websocket: true }, (socket, req) => {
    // Listen before any await: frames a client sends right after connecting must not be dropped.
    const session = openWidgetSession(ctx, gateway, socket, req.query);
    const sent: number[] = [];
    socket.on('message', (raw: Buffer, isBinary: boolean) => {
      void (async () => {
        const s = await session;
        if (!s) return;
        let frame: z.infer<typeof clientFrame>;
        try {
          const parsed = clientFrame.safeParse(isBinary ? undefined : JSON.parse(raw.toString('utf8')));
          if (!parsed.success) {
            const issue = parsed.error.issues[0]!;
            sendFrame(socket, { type: 'error', code: 'invalid_frame', message: `${issue.path.join('.') || 'frame'}: ${issue.message}` });
            return;
          }
          frame = parsed.data;
        } catch {
          sendFrame(socket, { type: 'error', code: 'invalid_frame', message: 'frames must be JSON text' });
          return;
        }
        if (frame.type === 'ping') return;
        const now = Date.now();
        while (sent.length > 0 && now - sent[0]! > widgetChannel.limits.windowMs) sent.shift();
        if (sent.length >= widgetChannel.limits.messagesPerWindow) {
          sendFrame(socket, { type: 'error', code: 'rate_limited', message: 'you are sending messages too fast; please wait a moment', clientId: frame.clientId });
          return;
        }
        sent.push(now);
        try {
          const accepted = await ctx.ingest.accept({
            tenantId: s.tenantId,
            channel: 'widget',
            customer: { externalId: s.visitorId, ...(frame.locale ? { locale: frame.locale } : {}) },
            text: frame.text,
            // The client id makes a resend after reconnect idempotent.
            externalMessageId: `${s.visitorId}:${frame.clientId}`,
            receivedAt: now,
          });
          gateway.followConversation(s.visitorKey, accepted.conversationId);
          sendFrame(socket, { type: 'ack', clientId: frame.clientId, messageId: accepted.messageId, conversationId: accepted.conversationId });
        } catch (err) {
          const overloaded = err instanceof OverloadedError;
          if (!overloaded) ctx.log.error({ err }, 'widget message not stored');
          sendFrame(socket, {
            type: 'error',
            code: overloaded ? 'rate_limited' : 'internal',
            message: overloaded ? 'we are very busy; please send that again in a moment' : 'your message could not be stored; please retry',
            clientId: frame.clientId,
          });
        }
      })();
    });
  });

  app.get('/api/console/ws', { websocket: true }, async (socket, req) => {
    // Cross-site websocket hijacking: a browser sends cookies with the handshake, so the page that
    // opens it must be ours.
    const origin = req.headers.origin;
    if (origin && !sameHost(origin, req.headers.host)) {
      socket.close(4403, 'cross-origin connection refused');
      return;
    }
    const user = await sessionUser(ctx.store.db, req.cookies[SESSION_COOKIE]);
    if (!user) {
      socket.close(4401, 'please sign in');
      return;
    }
    gateway.addConsole(socket, await viewerOf(ctx.store.db, user));
    ctx.presence.connected(user.tenantId, user.id);
    // The socket may have closed during the awaits above; its close event is then already gone.
    if (socket.readyState === socket.CLOSED) ctx.presence.disconnected(user.tenantId, user.id);
    else socket.once('close', () => ctx.presence.disconnected(user.tenantId, user.id));
    socket.send(JSON.stringify({ type: 'hello', user: { id: user.id, name: user.name, role: user.role } }));
    socket.on('message', () => undefined);
  });
}

interface WidgetSession {
  tenantId: string;
  visitorId: string;
  visitorKey: string;
}

/** Checks the key, restores or mints the visitor, and replays the conversation so far. */
async function openWidgetSession(ctx: AppContext, gateway: RealtimeGateway, socket: WebSocket, query: unknown): Promise<WidgetSession | undefined> {
  try {
    const q = widgetQuery.safeParse(query);
    const tenant = q.success ? await ctx.tenants.byWidgetKey(q.data.key) : undefined;
    if (!q.success || !tenant) {
      sendFrame(socket, { type: 'error', code: 'invalid_key', message: 'This chat is not available right now.' });
      socket.close(4401, 'unknown widget key');
      return undefined;
    }
    let visitorId = verifyVisitorToken(ctx.visitorSecret, tenant.id, q.data.token);
    let token = q.data.token!;
    if (!visitorId) ({ token, visitorId } = issueVisitorToken(ctx.visitorSecret, tenant.id));
    const visitorKey = `${tenant.id}:${visitorId}`;

    // History: the visitor's open conversation, else their latest one.
    const { db } = ctx.store;
    const customer = await db.selectFrom('customers').select(['id']).where('tenant_id', '=', tenant.id).where('channel', '=', 'widget').where('external_id', '=', visitorId).executeTakeFirst();
    const conv = customer
      ? await db.selectFrom('conversations').select(['id']).where('tenant_id', '=', tenant.id).where('customer_id', '=', customer.id).orderBy('created_at', 'desc').limit(1).executeTakeFirst()
      : undefined;
    const history = conv
      ? await db
          .selectFrom('messages')
          .select(['id', 'conversation_id', 'direction', 'author', 'text', 'created_at', 'meta'])
          .where('conversation_id', '=', conv.id)
          .where('tenant_id', '=', tenant.id)
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(200)
          .execute()
      : [];
    gateway.addWidget(socket, visitorKey, conv?.id ?? null);
    const files = await attachmentsOf(db, tenant.id, history.filter((m) => m.author === 'agent').map((m) => m.id));
    const now = Date.now();
    const messages = history.reverse().map((m) => {
      const wire = toWireMessage(m);
      const list = files.get(m.id);
      if (list) wire.attachments = list.map((a) => ({ ...a, url: ctx.mediaLinks.url(a.id, now) }));
      return wire;
    });
    sendFrame(socket, { type: 'session', visitorToken: token, conversationId: conv?.id ?? null, messages, shopName: tenant.shop.name });
    return { tenantId: tenant.id, visitorId, visitorKey };
  } catch (err) {
    ctx.log.error({ err }, 'widget session failed');
    sendFrame(socket, { type: 'error', code: 'internal', message: 'the chat is unavailable right now; retrying' });
    socket.close(1011, 'internal error');
    return undefined;
  }
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
