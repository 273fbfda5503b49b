// Dead-lettered replies (/api/console/dead-letters) and their retry. A 401 ends the session.
import { isRecord } from '../../../shared/wire-guards.js';
import type { DeadLetter } from '../../../../src/outbox/dead-letters.js';
import { ApiError, requestJson, type Fetcher } from './http.js';

export type { DeadLetter };

export interface DeliveryApi {
  deadLetters(): Promise<DeadLetter[]>;
  /** Puts a dead-lettered reply back in line, by its dead-letter id or by the message it carries. */
  retry(id: string, by: 'letter' | 'message'): Promise<void>;
}

function isDeadLetter(v: unknown): v is DeadLetter {
  return isRecord(v) && typeof v.id === 'string' && typeof v.conversationId === 'string' && typeof v.messageId === 'string' && typeof v.error === 'string' && typeof v.text === 'string' && typeof v.channel === 'string';
}

export function createDeliveryApi(onUnauthorized: () => void, fetcher: Fetcher = (input, init) => fetch(input, init)): DeliveryApi {
  async function call(method: 'GET' | 'POST', path: string): Promise<unknown> {
    try {
      return await requestJson(fetcher, method, path);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onUnauthorized();
      throw error;
    }
  }
  return {
    async deadLetters() {
      const body = await call('GET', '/api/console/dead-letters');
      if (!isRecord(body) || !Array.isArray(body.deadLetters)) throw new ApiError(502, 'bad_response', 'The server sent an unexpected dead-letter list.');
      return body.deadLetters.filter(isDeadLetter);
    },
    async retry(id, by) {
      await call('POST', `/api/console/${by === 'letter' ? 'dead-letters' : 'messages'}/${encodeURIComponent(id)}/retry`);
    },
  };
}
