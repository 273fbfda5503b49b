// One shopper across channels (/api/console/customers/*): the profile, search, merge and unmerge.
import { isRecord } from '../../../shared/wire-guards.js';
import { ApiError, requestJson, type Fetcher } from './http.js';

export interface CustomerProfile {
  profileId: string;
  members: { id: string; channel: string; externalId: string; name: string | null; email: string | null; since: string }[];
  identities: { customerId: string; kind: string; value: string; source: string; at: string }[];
  conversations: { id: string; customerId: string; channel: string; status: string; lastMessage: string | null; updatedAt: string }[];
  history: { action: string; note: string; customerIds: string[]; actorName: string | null; at: string }[];
}

export interface CustomerMatch {
  id: string;
  channel: string;
  externalId: string;
  name: string | null;
  email: string | null;
  profileId: string;
}

export interface CustomerApi {
  profile(customerId: string): Promise<CustomerProfile>;
  search(q: string): Promise<CustomerMatch[]>;
  merge(customerId: string, otherId: string, note: string): Promise<CustomerProfile>;
  unmerge(customerId: string, note: string): Promise<CustomerProfile>;
}

function isProfile(v: unknown): v is CustomerProfile {
  return isRecord(v) && typeof v.profileId === 'string' && Array.isArray(v.members) && Array.isArray(v.identities) && Array.isArray(v.conversations) && Array.isArray(v.history);
}

export function createCustomerApi(onUnauthorized: () => void, fetcher: Fetcher = (input, init) => fetch(input, init)): CustomerApi {
  async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    try {
      return await requestJson(fetcher, method, path, body);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onUnauthorized();
      throw error;
    }
  }
  const profileFrom = (body: unknown): CustomerProfile => {
    if (isRecord(body) && isProfile(body.profile)) return body.profile;
    throw new ApiError(502, 'bad_response', 'The server sent an unexpected customer profile.');
  };
  const path = (id: string, suffix: string) => `/api/console/customers/${encodeURIComponent(id)}/${suffix}`;
  return {
    async profile(customerId) {
      return profileFrom(await call('GET', path(customerId, 'profile')));
    },
    async search(q) {
      const body = await call('GET', `/api/console/customers?${new URLSearchParams({ q }).toString()}`);
      return isRecord(body) && Array.isArray(body.customers) ? (body.customers as CustomerMatch[]).filter((c) => isRecord(c) && typeof c.id === 'string') : [];
    },
    async merge(customerId, otherId, note) {
      return profileFrom(await call('POST', path(customerId, 'merge'), { customerId: otherId, note }));
    },
    async unmerge(customerId, note) {
      return profileFrom(await call('POST', path(customerId, 'unmerge'), { note }));
    },
  };
}
