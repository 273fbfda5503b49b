// Table types for Kysely. Times are epoch milliseconds (bigint) and JSON is stored as text, so the same
// rows and queries work on SQLite and PostgreSQL without per-dialect code.
import type { ColumnType, Generated } from 'kysely';

export interface TenantTable {
  id: string;
  slug: string;
  name: string;
  widget_key: string;
  webhook_url: string | null;
  webhook_secret: string;
  /** Shop profile and settings, JSON. */
  settings: string;
  created_at: number;
}

export interface UserTable {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  role: 'owner' | 'admin' | 'supervisor' | 'agent';
  password_hash: string;
  created_at: number;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  tenant_id: string;
  expires_at: number;
  created_at: number;
}

export interface ApiKeyTable {
  id: string;
  tenant_id: string;
  name: string;
  key_hash: string;
  prefix: string;
  created_at: number;
  revoked_at: number | null;
  /** Updated at most once a minute per key (see ApiKeyAuth). */
  last_used_at: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface CustomerTable {
  id: string;
  tenant_id: string;
  channel: string;
  external_id: string;
  name: string | null;
  email: string | null;
  locale: string | null;
  created_at: number;
  updated_at: number;
  /** The profile this channel identity belongs to (its first member's id); NULL while alone. */
  profile_id?: string | null;
}

/** What a channel identity proved: a verified e-mail or phone, or an order it owns. */
export interface CustomerIdentityTable {
  tenant_id: string;
  customer_id: string;
  kind: 'email' | 'phone' | 'order';
  /** Matching key: lower-case e-mail, the phone's last nine digits, the order id. */
  value: string;
  display: string;
  source: 'channel' | 'order';
  created_at: number;
}

/** Audit trail of profile changes: automatic links, agents' merges and unmerges. */
export interface CustomerMergeTable {
  id: string;
  tenant_id: string;
  action: 'linked' | 'merged' | 'unmerged';
  profile_id: string;
  /** JSON string[] */
  customer_ids: string;
  actor_id: string | null;
  note: string;
  created_at: number;
}

export interface ConversationTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  /** customer_id while not resolved, else NULL (unique: one open conversation per customer). */
  open_customer_id: string | null;
  channel: string;
  status: 'open' | 'handoff' | 'resolved';
  handler: 'bot' | 'human';
  assignee_id: string | null;
  priority: number;
  language: string | null;
  last_intent: string | null;
  /** Dialog state JSON (active skill, slots, pending question, streaks). */
  state: string;
  /** Bumped on every state write; optimistic concurrency between replicas. */
  version: number;
  last_message_text: string | null;
  last_message_author: string | null;
  created_at: number;
  updated_at: number;
}

export interface MessageTable {
  id: string;
  tenant_id: string;
  conversation_id: string;
  channel: string;
  direction: 'in' | 'out';
  author: 'customer' | 'bot' | 'agent' | 'system';
  author_id: string | null;
  text: string;
  /** Platform or client id of an inbound message; unique per tenant and channel (dedupe). */
  external_id: string | null;
  /** Inbound: when the pipeline answered it. */
  processed_at: number | null;
  /** Inbound: NLU result JSON; outbound: rich parts JSON (quick replies). */
  meta: string | null;
  created_at: number;
}

/** One row per conversation with inbound messages waiting for the pipeline. */
export interface PipelineQueueTable {
  conversation_id: string;
  tenant_id: string;
  /** Bumped by every new inbound message; the worker deletes the row only if it is unchanged. */
  version: number;
  claimed_until: number;
  claimed_by: string | null;
  /** The version seen when claimed: the row is deleted after processing only if still equal. */
  claimed_version: number | null;
  created_at: number;
}

export interface OutboxTable {
  id: string;
  tenant_id: string;
  message_id: string | null;
  /** 'webhook': target is the integrator's URL; 'channel': target is a channel account id. */
  kind: 'webhook' | 'channel';
  target: string;
  payload: string;
  status: 'pending' | 'sent' | 'dead';
  attempts: number;
  next_attempt_at: number;
  claimed_until: number;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
}

export interface CommerceRecordTable {
  tenant_id: string;
  kind: string;
  id: string;
  /** Secondary lookup: order number, tracking number, coupon code, article language… */
  lookup: string | null;
  data: string;
  updated_at: number;
  /** Orders only (migration 010): normalised e-mail, phone digits and placing time for the recent-orders index. */
  contact_email: string | null;
  contact_phone: string | null;
  placed_at: string | null;
}

/** A return, exchange, cancellation or address change the bot recorded for a shopper. */
export interface ShopperRequestTable {
  tenant_id: string;
  id: string;
  request_key: string;
  kind: string;
  order_id: string;
  order_number: string;
  status: string;
  /** JSON: item ids, reason, details, label URL. */
  data: string;
  created_at: number;
}

export interface NluModelTable {
  id: string;
  tenant_id: string;
  /** Hash of the training data; a model is reused while its data is unchanged. */
  data_hash: string;
  model: string;
  created_at: number;
}

export interface ChannelAccountTable {
  id: string;
  tenant_id: string;
  /** Channel type: 'whatsapp', 'telegram', 'line', 'messenger', 'instagram'. */
  type: string;
  name: string;
  /** The platform's id for the account (phone number id, bot id, page id, LINE channel id). */
  external_id: string;
  /** Non-secret settings JSON, validated by the channel's config schema. */
  config: string;
  /** Sealed secrets JSON (AES-256-GCM, src/runtime/secret-box.ts). */
  secrets: string;
  status: 'active' | 'disabled';
  created_at: number;
  updated_at: number;
}

/** A platform reply token (LINE) valid for a short time after an inbound message. */
export interface ChannelReplyTokenTable {
  tenant_id: string;
  account_id: string;
  customer_external_id: string;
  token: string;
  expires_at: number;
}

/** Thread state per shopper and account (e-mail: subject, Message-ID to answer, References). */
export interface ChannelThreadTable {
  tenant_id: string;
  account_id: string;
  customer_external_id: string;
  data: string;
  updated_at: number;
}

/** Short-lived platform access tokens per channel account (Shopee, TikTok Shop), sealed. */
export interface ChannelTokenTable {
  tenant_id: string;
  account_id: string;
  grant: string;
  access_expires_at: number;
  updated_at: number;
}

/** An attachment of a message (migration 011). */
export interface MediaTable {
  id: string;
  tenant_id: string;
  conversation_id: string;
  message_id: string | null;
  direction: 'in' | 'out';
  kind: 'image' | 'video' | 'audio' | 'file';
  mime: string | null;
  size: number | null;
  filename: string | null;
  source: string | null;
  uploaded_by: string | null;
  created_at: number;
}

/** The bytes of an attachment, once fetched from the platform or uploaded. */
export interface MediaContentTable {
  media_id: string;
  tenant_id: string;
  mime: string;
  bytes: Uint8Array;
  stored_at: number;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface StoreConnectionTable {
  tenant_id: string;
  /** 'demo' | 'shopify' | 'woocommerce' */
  platform: string;
  base_url: string;
  /** AES-256-GCM sealed JSON (see src/commerce/connectors/secret-box.ts). */
  credentials: string;
  /** AES-256-GCM sealed webhook signing secret. */
  webhook_secret: string;
  /** JSON: the resumable import position per entity kind. */
  sync_state: string;
  /** When the last full import finished. */
  synced_at: number | null;
  /** Watermark of the last reconciliation: records changed after it are fetched next time. */
  reconciled_at: number | null;
  last_error: string | null;
  /** A replica holding this lease runs the sync; others skip it. */
  lease_until: Generated<number>;
  created_at: number;
  updated_at: number;
}

export interface StoreWebhookReceiptTable {
  tenant_id: string;
  /** The platform's delivery id (X-Shopify-Webhook-Id, X-WC-Webhook-Delivery-ID). */
  webhook_id: string;
  received_at: number;
}

/** The tenant's handoff rule set (JSON, validated by src/handoff/rule-schema.ts); absent → defaults. */
export interface HandoffSettingsTable {
  tenant_id: string;
  rule_set: string;
  updated_at: number;
}

export interface TeamTable {
  id: string;
  tenant_id: string;
  name: string;
  /** 1: only members (and supervisors and up) see its queue. */
  private: number;
  routing: 'round_robin' | 'least_busy';
  created_at: number;
  /** JSON BusinessHours of this team; NULL → the tenant's hours. */
  business_hours: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface TeamMemberTable {
  tenant_id: string;
  team_id: string;
  user_id: string;
}

export interface AgentTable {
  user_id: string;
  tenant_id: string;
  /** JSON string[]; empty = any language. */
  languages: string;
  /** JSON string[] of tags the agent handles; empty = any. */
  skills: string;
  /** Most conversations assigned at once. */
  capacity: number;
  presence: 'online' | 'away' | 'offline';
  presence_at: number;
  last_assigned_at: number;
}

/** One row per handed-off conversation waiting or being worked: the inputs of its priority score. */
export interface QueueEntryTable {
  conversation_id: string;
  tenant_id: string;
  team_id: string | null;
  reason: string;
  /** JSON string[] */
  tags: string;
  level: number;
  urgency: number;
  anger: number;
  sentiment: number;
  /** 0..1 from VIP, lifetime spend and the order in context. */
  customer_value: number;
  queued_at: number;
  sla_due_at: number;
  /** JSON HandoffSummary */
  summary: string;
  /** The summary's one-line headline, apart so inbox reads never parse summaries. */
  headline: string;
  /** Shopper messages since an agent last replied or opened it. */
  unread: number;
  updated_at: number;
}

export interface NoteTable {
  id: string;
  tenant_id: string;
  conversation_id: string;
  author_id: string;
  kind: 'note' | 'transfer' | 'resolution';
  text: string;
  /** JSON string[]: resolution reason tags. */
  tags: string;
  created_at: number;
}

export interface ScriptTable {
  id: string;
  tenant_id: string;
  name: string;
  language: string;
  body: string;
  updated_at: number;
}

/** A machine translation of one message into one language, kept so it is paid for once. */
export interface MessageTranslationTable {
  tenant_id: string;
  message_id: string;
  target: string;
  /** The language the provider read the message as. */
  source: string | null;
  text: string;
  provider: string;
  created_at: number;
}

/** A satisfaction question sent when a conversation was resolved, and the shopper's 1–5 answer. */
export interface CsatRequestTable {
  conversation_id: string;
  tenant_id: string;
  customer_id: string;
  language: string;
  requested_at: number;
  /** A rating arriving after this is read as a new message, not as the answer. */
  expires_at: number;
  rating: number | null;
  answered_at: number | null;
  answer_message_id: string | null;
}

/** A merchant's own labelled example for an intent (built-in or their own). */
export interface TrainingExampleTable {
  tenant_id: string;
  id: string;
  intent: string;
  text: string;
  created_at: number;
}

/** The latest training or cross-validation run of a tenant's intent model. */
export interface NluJobTable {
  tenant_id: string;
  kind: 'train' | 'evaluate';
  status: 'running' | 'done' | 'failed';
  /** JSON: the deployed model id, or the evaluation report. */
  result: string | null;
  error: string | null;
  started_at: number;
  finished_at: number | null;
}

/** A scheduled campaign; starts_at/ends_at are instants resolved from the shop's wall-clock times. */
export interface CampaignTable {
  tenant_id: string;
  id: string;
  name: string;
  starts_at: number;
  ends_at: number;
  /** JSON CampaignDefinition (src/campaigns/campaign-schema.ts). */
  definition: string;
  updated_at: number;
}

export interface Database {
  tenants: TenantTable;
  users: UserTable;
  sessions: SessionTable;
  api_keys: ApiKeyTable;
  customers: CustomerTable;
  customer_identities: CustomerIdentityTable;
  customer_merges: CustomerMergeTable;
  conversations: ConversationTable;
  messages: MessageTable;
  pipeline_queue: PipelineQueueTable;
  outbox: OutboxTable;
  commerce_records: CommerceRecordTable;
  nlu_models: NluModelTable;
  shopper_requests: ShopperRequestTable;
  settings: SettingTable;
  channel_accounts: ChannelAccountTable;
  channel_reply_tokens: ChannelReplyTokenTable;
  channel_threads: ChannelThreadTable;
  channel_tokens: ChannelTokenTable;
  media: MediaTable;
  media_content: MediaContentTable;
  store_connections: StoreConnectionTable;
  store_webhook_receipts: StoreWebhookReceiptTable;
  handoff_settings: HandoffSettingsTable;
  teams: TeamTable;
  team_members: TeamMemberTable;
  agents: AgentTable;
  queue_entries: QueueEntryTable;
  notes: NoteTable;
  scripts: ScriptTable;
  message_translations: MessageTranslationTable;
  csat_requests: CsatRequestTable;
  training_examples: TrainingExampleTable;
  nlu_jobs: NluJobTable;
  campaigns: CampaignTable;
}

export type { Generated };
