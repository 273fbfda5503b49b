// Table types for Kysely. Times are epoch milliseconds (bigint) and JSON is stored as text, so the same
// rows and queries work on SQLite and PostgreSQL without per-dialect code.
import type { Generated } from 'kysely';

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
  kind: 'webhook';
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
}

export interface NluModelTable {
  id: string;
  tenant_id: string;
  /** Hash of the training data; a model is reused while its data is unchanged. */
  data_hash: string;
  model: string;
  created_at: number;
}

export interface SettingTable {
  key: string;
  value: string;
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

export interface Database {
  tenants: TenantTable;
  users: UserTable;
  sessions: SessionTable;
  api_keys: ApiKeyTable;
  customers: CustomerTable;
  conversations: ConversationTable;
  messages: MessageTable;
  pipeline_queue: PipelineQueueTable;
  outbox: OutboxTable;
  commerce_records: CommerceRecordTable;
  nlu_models: NluModelTable;
  settings: SettingTable;
  handoff_settings: HandoffSettingsTable;
  teams: TeamTable;
  team_members: TeamMemberTable;
  agents: AgentTable;
  queue_entries: QueueEntryTable;
  notes: NoteTable;
  scripts: ScriptTable;
}

export type { Generated };
