// The conversation tools' endpoints: reply suggestions, translation (capability, a message, the draft)
// and the satisfaction result. Shapes come from the server's own types.
import type { Suggestions } from '../../../../src/suggest/suggest-replies.js';
import type { MessageTranslation } from '../../../../src/translation/translate-message.js';
import { requestJson, type Fetcher } from './http.js';

export type { Suggestions };

export interface TranslationCapability {
  configured: boolean;
  provider: string | null;
  /** The language the agent reads (their first profile language, else English). */
  agentLanguage: string;
}

export interface DraftTranslation {
  text: string;
  source: string;
  target: string;
}

export interface CsatResult {
  requestedAt: string;
  language: string;
  rating: number | null;
  answeredAt: string | null;
}

export interface ToolsApi {
  suggestions(conversationId: string): Promise<Suggestions>;
  translation(): Promise<TranslationCapability>;
  translateMessage(conversationId: string, messageId: string): Promise<MessageTranslation>;
  translateDraft(conversationId: string, text: string): Promise<DraftTranslation>;
  csat(conversationId: string): Promise<CsatResult | null>;
}

export function createToolsApi(fetcher: Fetcher = (input, init) => fetch(input, init)): ToolsApi {
  const conv = (id: string, suffix: string) => `/api/console/conversations/${encodeURIComponent(id)}${suffix}`;
  return {
    async suggestions(id) {
      return (await requestJson(fetcher, 'GET', conv(id, '/suggestions'))) as Suggestions;
    },
    async translation() {
      return (await requestJson(fetcher, 'GET', '/api/console/translation')) as TranslationCapability;
    },
    async translateMessage(id, messageId) {
      return ((await requestJson(fetcher, 'POST', conv(id, `/messages/${encodeURIComponent(messageId)}/translation`), {})) as { translation: MessageTranslation }).translation;
    },
    async translateDraft(id, text) {
      return ((await requestJson(fetcher, 'POST', conv(id, '/translate-draft'), { text })) as { translation: DraftTranslation }).translation;
    },
    async csat(id) {
      return ((await requestJson(fetcher, 'GET', conv(id, '/csat'))) as { csat: CsatResult | null }).csat;
    },
  };
}
