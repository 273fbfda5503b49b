// The admin pages' endpoints (/api/console/admin/*). Shapes come from the server's own modules; a 401
// ends the session like everywhere in the console.
import type { IntentEntry, ExampleView } from '../../../../src/pipeline/training-examples.js';
import type { JobView } from '../../../../src/pipeline/nlu-jobs.js';
import type { IntentReport } from '../../../../src/nlu/evaluation/cross-validate.js';
import type { Understanding } from '../../../../src/nlu/types.js';
import type { Coupon, KnowledgeArticle, Promotion, ReturnPolicy } from '../../../../src/commerce/types.js';
import type { StoreSource } from '../../../../src/commerce/merchant-rules.js';
import type { ChannelForm } from '../../../../src/channels/form-fields.js';
import type { AccountView } from '../../../../src/channels/accounts.js';
import type { BusinessHours } from '../../../../src/handoff/rule-schema.js';
import type { Campaign, CampaignDefinition } from '../../../../src/campaigns/campaign-schema.js';
import { ApiError, requestJson, type Fetcher } from '../api/http.js';

export type { IntentEntry, ExampleView, JobView, IntentReport, Understanding, Coupon, KnowledgeArticle, Promotion, ReturnPolicy, StoreSource, ChannelForm, BusinessHours, Campaign, CampaignDefinition };

export interface Jobs {
  train?: JobView;
  evaluate?: JobView;
}
export type ChannelAccount = AccountView & { webhookUrl: string | null };
export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
export interface StoreRules {
  source: StoreSource;
  timezone: string;
  returnPolicy: ReturnPolicy | null;
  promotions: Promotion[];
  coupons: Coupon[];
}
export interface HoursSetup {
  shopTimezone: string;
  hours: BusinessHours;
  teams: { id: string; name: string; hours: BusinessHours | null }[];
}
export type CampaignRow = Campaign & { startsAtUtc: string; endsAtUtc: string; state: 'running' | 'scheduled' | 'ended' | 'overlapped' };

export interface AdminApi {
  intents(): Promise<{ intents: IntentEntry[]; jobs: Jobs }>;
  examples(intent?: string): Promise<ExampleView[]>;
  addExample(intent: string, text: string): Promise<void>;
  removeExample(id: string): Promise<void>;
  train(): Promise<void>;
  evaluate(folds: number): Promise<void>;
  tryText(text: string): Promise<{ understanding: Understanding; modelId: string }>;
  articles(language?: string): Promise<KnowledgeArticle[]>;
  saveArticle(a: Omit<KnowledgeArticle, 'id'>, id?: string): Promise<void>;
  deleteArticle(id: string): Promise<void>;
  storeRules(): Promise<StoreRules>;
  saveReturnPolicy(p: ReturnPolicy): Promise<void>;
  savePromotion(p: Promotion): Promise<void>;
  deletePromotion(id: string): Promise<void>;
  saveCoupon(c: Coupon): Promise<void>;
  deleteCoupon(code: string): Promise<void>;
  channels(): Promise<{ accounts: ChannelAccount[]; forms: ChannelForm[] }>;
  connectChannel(a: { type: string; name: string; config: Record<string, unknown>; secrets: Record<string, unknown> }): Promise<{ account: ChannelAccount; generatedSecrets: Record<string, unknown> }>;
  disconnectChannel(id: string): Promise<void>;
  apiKeys(): Promise<ApiKey[]>;
  createApiKey(name: string): Promise<{ id: string; key: string }>;
  revokeApiKey(id: string): Promise<void>;
  hours(): Promise<HoursSetup>;
  saveShopHours(hours: BusinessHours): Promise<void>;
  saveTeamHours(teamId: string, hours: BusinessHours | null): Promise<void>;
  campaigns(): Promise<{ timezone: string; campaigns: CampaignRow[] }>;
  saveCampaign(c: CampaignDefinition, id?: string): Promise<void>;
  deleteCampaign(id: string): Promise<void>;
}

export function createAdminApi(onUnauthorized: () => void, fetcher: Fetcher = (input, init) => fetch(input, init)): AdminApi {
  async function call<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
    try {
      return (await requestJson(fetcher, method, `/api/console/admin${path}`, body)) as T;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onUnauthorized();
      throw error;
    }
  }
  const q = (params: Record<string, string | undefined>) => {
    const s = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)).toString();
    return s ? `?${s}` : '';
  };
  const id = encodeURIComponent;
  return {
    intents: () => call('GET', '/intents'),
    examples: async (intent) => (await call<{ examples: ExampleView[] }>('GET', `/intents/examples${q({ intent })}`)).examples,
    addExample: async (intent, text) => void (await call('POST', '/intents/examples', { intent, text })),
    removeExample: async (exampleId) => void (await call('DELETE', `/intents/examples/${id(exampleId)}`)),
    train: async () => void (await call('POST', '/intents/train')),
    evaluate: async (folds) => void (await call('POST', '/intents/evaluate', { folds })),
    tryText: (text) => call('POST', '/intents/try', { text }),
    articles: async (language) => (await call<{ articles: KnowledgeArticle[] }>('GET', `/articles${q({ language })}`)).articles,
    saveArticle: async (a, articleId) => void (await call(articleId ? 'PUT' : 'POST', articleId ? `/articles/${id(articleId)}` : '/articles', a)),
    deleteArticle: async (articleId) => void (await call('DELETE', `/articles/${id(articleId)}`)),
    storeRules: () => call('GET', '/store-rules'),
    saveReturnPolicy: async (p) => void (await call('PUT', '/store-rules/return-policy', p)),
    savePromotion: async (p) => void (await call('PUT', '/store-rules/promotions', p)),
    deletePromotion: async (promotionId) => void (await call('DELETE', `/store-rules/promotions/${id(promotionId)}`)),
    saveCoupon: async (c) => void (await call('PUT', '/store-rules/coupons', c)),
    deleteCoupon: async (code) => void (await call('DELETE', `/store-rules/coupons/${id(code)}`)),
    channels: () => call('GET', '/channels'),
    connectChannel: (a) => call('POST', '/channels', a),
    disconnectChannel: async (accountId) => void (await call('DELETE', `/channels/${id(accountId)}`)),
    apiKeys: async () => (await call<{ keys: ApiKey[] }>('GET', '/api-keys')).keys,
    createApiKey: (name) => call('POST', '/api-keys', { name }),
    revokeApiKey: async (keyId) => void (await call('DELETE', `/api-keys/${id(keyId)}`)),
    hours: () => call('GET', '/business-hours'),
    saveShopHours: async (hours) => void (await call('PUT', '/business-hours', { hours })),
    saveTeamHours: async (teamId, hours) => void (await call('PUT', `/business-hours/teams/${id(teamId)}`, { hours })),
    campaigns: () => call('GET', '/campaigns'),
    saveCampaign: async (c, campaignId) => void (await call(campaignId ? 'PUT' : 'POST', campaignId ? `/campaigns/${id(campaignId)}` : '/campaigns', c)),
    deleteCampaign: async (campaignId) => void (await call('DELETE', `/campaigns/${id(campaignId)}`)),
  };
}
