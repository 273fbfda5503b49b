// The console's queue and admin endpoints (/api/console/inbox, presence, notes, scripts, teams,
// agents, handoff rules). Shapes come from the server's own types; a 401 ends the session.
import type { InboxItem } from '../../../../src/handoff/inbox.js';
import type { HandoffSummary } from '../../../../src/handoff/summary.js';
import type { Order, Return, Shipment } from '../../../../src/commerce/types.js';
import { ApiError, requestJson, type Fetcher } from './http.js';

export type QueueView = 'all' | 'mine' | 'unassigned' | 'team';
export type Presence = 'online' | 'away' | 'offline';

export interface InboxQuery {
  view: QueueView;
  breached?: boolean;
  minLevel?: number;
  channel?: string;
  language?: string;
  limit?: number;
}

export interface InboxPage {
  items: InboxItem[];
  counts: { all: number; mine: number; unassigned: number; breached: number; unread: number };
  now: number;
}

export interface Note {
  id: string;
  kind: 'note' | 'transfer' | 'resolution';
  text: string;
  tags: string[];
  authorName: string;
  createdAt: string;
}

export interface HandoffDetail {
  assigneeId: string | null;
  notes: Note[];
  queue: InboxItem | null;
  summary: HandoffSummary | null;
  /** Orders named in the conversation first, then the shopper's other recent ones. */
  orders: { order: Order; shipments: Shipment[]; returns?: Return[]; mentioned: boolean }[];
  /** The shopper's store record when known (by e-mail). */
  profile: { name: string; vip: boolean; tags: string[]; lifetimeSpend: { amountMinor: number; currency: string }; ordersCount: number; since: string } | null;
  otherConversations: { id: string; status: string; lastMessage: string | null; updatedAt: string }[];
}

export interface Script {
  id: string;
  name: string;
  language: string;
  body: string;
}

export interface Team {
  id: string;
  name: string;
  private: boolean;
  routing: 'round_robin' | 'least_busy';
  members: string[];
}

export interface Agent {
  userId: string;
  name: string;
  email: string;
  role: string;
  languages: string[];
  skills: string[];
  capacity: number;
  presence: Presence;
  load: number;
}

export interface HandoffApi {
  inbox(q: InboxQuery): Promise<InboxPage>;
  detail(conversationId: string): Promise<HandoffDetail>;
  setPresence(p: Presence): Promise<void>;
  addNote(conversationId: string, text: string): Promise<Note>;
  /** csat: also ask the shopper for a 1–5 rating. */
  resolve(conversationId: string, reasons: string[], note: string, csat?: boolean): Promise<void>;
  markRead(conversationId: string): Promise<void>;
  scripts(language?: string): Promise<Script[]>;
  saveScript(s: Omit<Script, 'id'>): Promise<void>;
  teams(): Promise<Team[]>;
  saveTeam(t: Omit<Team, 'id'>, id?: string): Promise<void>;
  agents(): Promise<Agent[]>;
  addAgent(a: { email: string; name: string; role: string; password: string }): Promise<void>;
  saveAgent(userId: string, a: { languages: string[]; skills: string[]; capacity: number }): Promise<void>;
  rules(): Promise<unknown>;
  saveRules(ruleSet: unknown): Promise<void>;
}

export function createHandoffApi(onUnauthorized: () => void, fetcher: Fetcher = (input, init) => fetch(input, init)): HandoffApi {
  async function call<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
    try {
      return (await requestJson(fetcher, method, path, body)) as T;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onUnauthorized();
      throw error;
    }
  }
  const conv = (id: string, suffix = '') => `/api/console/conversations/${encodeURIComponent(id)}${suffix}`;
  return {
    async inbox(q) {
      const query = new URLSearchParams({ view: q.view });
      if (q.breached !== undefined) query.set('breached', String(q.breached));
      if (q.minLevel !== undefined) query.set('minLevel', String(q.minLevel));
      if (q.channel) query.set('channel', q.channel);
      if (q.language) query.set('language', q.language);
      if (q.limit) query.set('limit', String(q.limit));
      return call<InboxPage>('GET', `/api/console/inbox?${query.toString()}`);
    },
    async detail(id) {
      const body = await call<Partial<HandoffDetail>>('GET', conv(id));
      return {
        assigneeId: body.assigneeId ?? null,
        notes: body.notes ?? [],
        queue: body.queue ?? null,
        summary: body.summary ?? null,
        orders: body.orders ?? [],
        profile: body.profile ?? null,
        otherConversations: body.otherConversations ?? [],
      };
    },
    async setPresence(presence) {
      await call('PUT', '/api/console/me/presence', { presence });
    },
    async addNote(id, text) {
      return (await call<{ note: Note }>('POST', conv(id, '/notes'), { text })).note;
    },
    async resolve(id, reasons, note, csat = false) {
      await call('POST', conv(id, '/resolve'), { reasons, note, csat });
    },
    async markRead(id) {
      await call('POST', conv(id, '/read'));
    },
    async scripts(language) {
      return (await call<{ scripts: Script[] }>('GET', `/api/console/scripts${language ? `?language=${encodeURIComponent(language)}` : ''}`)).scripts;
    },
    async saveScript(s) {
      await call('PUT', '/api/console/scripts', s);
    },
    async teams() {
      return (await call<{ teams: Team[] }>('GET', '/api/console/teams')).teams;
    },
    async saveTeam(t, id) {
      await call(id ? 'PUT' : 'POST', id ? `/api/console/teams/${encodeURIComponent(id)}` : '/api/console/teams', t);
    },
    async agents() {
      return (await call<{ agents: Agent[] }>('GET', '/api/console/agents')).agents;
    },
    async addAgent(a) {
      await call('POST', '/api/console/agents', a);
    },
    async saveAgent(userId, a) {
      await call('PUT', `/api/console/agents/${encodeURIComponent(userId)}`, a);
    },
    async rules() {
      return (await call<{ ruleSet: unknown }>('GET', '/api/console/handoff-rules')).ruleSet;
    },
    async saveRules(ruleSet) {
      await call('PUT', '/api/console/handoff-rules', ruleSet);
    },
  };
}
