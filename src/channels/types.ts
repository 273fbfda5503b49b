// The channel abstraction: every channel (src/channels/<name>/) is one typed definition giving its
// capabilities, the zod schemas of its account settings and secrets, webhook verification, the parser
// into normalised events, and the sender. The webhook route, the outbox and the reply renderer only
// ever talk to this interface.
import type { z } from 'zod';

export interface ChannelCapabilities {
  quickReplies: boolean;
  /** Most quick replies the platform shows at once; more degrade to numbered text. */
  maxQuickReplies: number;
  /** Longest quick-reply label the platform accepts. */
  maxQuickReplyChars: number;
  buttons: boolean;
  cards: boolean;
  /** The platform shows attachments we send (images inline, files to download); otherwise a link is sent as text. */
  media: boolean;
  /** Longest text of one message (UTF-16 code units, as the platforms count); longer text is split. */
  maxTextChars: number;
  /** Longest text that can carry quick replies (WhatsApp interactive bodies: 1024). */
  maxTextWithQuickRepliesChars?: number;
  /** Time after the shopper's last message during which free-form replies are allowed. */
  replyWindowMs?: number;
}

/** The raw webhook request, exactly as received (signatures are computed over these bytes). */
export interface RawWebhook {
  /** The public URL the platform called (PUBLIC_URL + path and query): Shopee signs it with the body. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, unknown>;
  body: Buffer;
}

export type Verdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

export type ChannelEvent =
  | {
      kind: 'message';
      externalMessageId: string;
      from: { externalId: string; name?: string; email?: string; locale?: string; verified?: VerifiedContact };
      text: string;
      receivedAt: number;
      /** A short-lived token for a free reply (LINE). */
      replyToken?: { token: string; expiresAt: number };
      /** Thread state to answer in the same thread (e-mail), kept per shopper. */
      thread?: Record<string, unknown>;
      /** Files the shopper sent; the bytes are fetched from the platform when an agent opens them. */
      attachments?: InboundAttachment[];
      /** A tap the platform waits for us to acknowledge (Telegram's callback_query id): its client spins until then. */
      interactionId?: string;
    }
  | { kind: 'status'; externalMessageId: string; status: DeliveryStatus; at: number; error?: string }
  /** Everything we sent this shopper up to `watermark` was read (Messenger's read receipts). */
  | { kind: 'read_watermark'; customerExternalId: string; watermark: number };

export type MediaKind = 'image' | 'video' | 'audio' | 'file';

export interface InboundAttachment {
  kind: MediaKind;
  mime?: string;
  size?: number;
  filename?: string;
  /** The platform's handle for the bytes (a media id, a file id, a URL), for the definition's fetchMedia. */
  source?: Record<string, string>;
  /** Bytes the message itself carried (e-mail attachments). */
  content?: Buffer;
}

/** An attachment we send: `url` is a signed, expiring link to our own public media route. */
export interface OutboundMedia {
  kind: MediaKind;
  mime: string;
  filename: string;
  size: number;
  url: string;
  /** The bytes, for platforms that take uploads rather than links (e-mail). */
  load(): Promise<Buffer>;
}

/** gone: the platform no longer has the file (or it is over the cap, `tooLarge`); otherwise worth another try. */
export type FetchedMedia = { ok: true; bytes: Buffer; mime?: string } | { ok: false; error: string; gone: boolean; tooLarge?: boolean };

/** What the platform itself vouches for about the sender (a WhatsApp number, an e-mail's sender, a
 * contact Telegram says is the user's own); it links channel identities into one customer. */
export interface VerifiedContact {
  email?: string;
  phone?: string;
}

export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';

export type ParseResult = { ok: true; events: ChannelEvent[] } | { ok: false; reason: string };

export interface Account<C = unknown, S = unknown> {
  id: string;
  tenantId: string;
  type: string;
  name: string;
  externalId: string;
  config: C;
  secrets: S;
}

/** One rendered message for the platform: text, optionally with tappable quick replies. */
export interface OutboundPart {
  text: string;
  quickReplies?: string[];
  /** One attachment (only for definitions with capabilities.media); `text` is then its caption. */
  media?: OutboundMedia;
}

export interface SendRequest {
  to: string;
  part: OutboundPart;
  author: 'bot' | 'agent' | 'system';
  /** Milliseconds since the shopper's last inbound message (Infinity when there is none). */
  sinceLastInboundMs: number;
  /** An unused reply token for this shopper, when the platform gave one. */
  replyToken?: string;
  /** The shopper's thread state from their last message (channels with usesThreads). */
  thread?: Record<string, unknown>;
  /** Stable across retries of this part (outbox row id + part index), for platforms' retry keys. */
  idempotencyKey: string;
  /** A fresh access token, for channels whose platform hands out short-lived ones (definition.tokens). */
  accessToken?: string;
}

export type SendResult =
  | { ok: true; externalId?: string }
  /** permanent: retrying cannot help (outside the reply window, blocked, bad recipient). */
  | { ok: false; error: string; permanent: boolean; retryAfterMs?: number };

/** The HTTP client senders use (undici underneath); a test can count calls but not fake answers. */
export interface ChannelHttp {
  post(url: string, opts: { headers: Record<string, string>; body: string; timeoutMs: number }): Promise<HttpAnswer>;
  get(url: string, opts: { headers: Record<string, string>; timeoutMs: number }): Promise<HttpAnswer>;
  /** A binary GET; a body over maxBytes is not read to the end (`tooLarge`). */
  download(url: string, opts: { headers: Record<string, string>; timeoutMs: number; maxBytes: number }): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer; tooLarge: boolean }>;
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Tokens of a platform with short-lived access tokens (Shopee: 4 hours; TikTok Shop: 7 days). */
export interface TokenGrant {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds. */
  accessExpiresAt: number;
  refreshExpiresAt?: number;
}

export type RefreshResult = { ok: true; grant: TokenGrant } | { ok: false; error: string; permanent: boolean; retryAfterMs?: number };

export interface TokenLifecycle<C, S> {
  /** The refresh token the merchant entered, used until the first refresh stores a grant. */
  initialRefreshToken(secrets: S): string;
  refresh(refreshToken: string, account: Account<C, S>, http: ChannelHttp, env: ChannelEnv): Promise<RefreshResult>;
}

export interface ChannelEnv {
  graphApiUrl: string;
  graphApiVersion: string;
  telegramApiUrl: string;
  lineApiUrl: string;
  shopeeApiUrl: string;
  tiktokShopApiUrl: string;
  tiktokShopAuthUrl: string;
  /** Overrides every venture's Lazada API host when set (a proxy, or a test server). */
  lazadaApiUrl: string | undefined;
  lazadaAuthUrl: string;
}

export interface ChannelDefinition<C = unknown, S = unknown> {
  type: string;
  title: string;
  capabilities: ChannelCapabilities;
  configSchema: z.ZodType<C>;
  secretsSchema: z.ZodType<S>;
  /** The platform's id for the account, from its settings (unique per tenant and type). */
  externalIdOf(config: C, secrets: S): string;
  /** The platform hands out single-use reply tokens with inbound messages (LINE). */
  usesReplyTokens?: boolean;
  /** Replies need the shopper's thread state (e-mail threading). */
  usesThreads?: boolean;
  /** False for channels that pull their messages (e-mail by IMAP): their webhook URL answers 404. */
  receivesWebhooks?: boolean;
  /** Secrets the server generates when the merchant leaves them out (verify tokens, secret tokens). */
  generatedSecrets?(): Partial<S>;
  /** Setup handshake on GET (Meta's hub.challenge); undefined when the platform has none. */
  handshake?(query: Record<string, unknown>, account: Account<C, S>): { ok: true; body: string } | { ok: false; status: 400 | 403; reason: string };
  verify(req: RawWebhook, account: Account<C, S>): Verdict;
  parse(body: Buffer, account: Account<C, S>): ParseResult;
  send(req: SendRequest, account: Account<C, S>, http: ChannelHttp, env: ChannelEnv): Promise<SendResult>;
  /** The platform's access tokens expire: the outbox refreshes them and passes a fresh one in SendRequest.accessToken. */
  tokens?: TokenLifecycle<C, S>;
  /** Acknowledges a verified, stored tap (`interactionId`) so the shopper's client stops waiting. */
  acknowledge?(interactionId: string, account: Account<C, S>, http: ChannelHttp, env: ChannelEnv): Promise<{ ok: true } | { ok: false; error: string }>;
  /** Fetches the bytes of an inbound attachment from the platform (its `source`). */
  fetchMedia?(source: Record<string, string>, account: Account<C, S>, http: ChannelHttp, env: ChannelEnv, maxBytes: number): Promise<FetchedMedia>;
  /** Sends per second allowed for one account (platform throughput limit). */
  ratePerSecond(account: Account<C, S>): number;
}

export function defineChannel<C, S>(def: ChannelDefinition<C, S>): ChannelDefinition<C, S> {
  return def;
}
