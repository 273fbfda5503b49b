// "Translate" on a shopper message written in another language than the agent's: the translation
// (cached on the server per message) appears under the original, which stays visible.
import { useState } from 'react';
import type { WireMessage } from '../../../../src/api/protocol.js';
import type { ToolsApi, TranslationCapability } from '../api/tools-api.js';
import { ApiError } from '../api/http.js';
import { needsTranslation } from './translation-state.js';

export function MessageTranslation({ tools, message, capability }: { tools: ToolsApi; message: WireMessage; capability: TranslationCapability | null }) {
  const [translated, setTranslated] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!capability?.configured || message.author !== 'customer' || !needsTranslation(message.language, capability.agentLanguage)) return null;

  async function translate(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      setTranslated((await tools.translateMessage(message.conversationId, message.id)).text);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The message could not be translated.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="msg-translation">
      {translated === null ? (
        <button type="button" className="link-button" data-testid="translate-message" disabled={busy} onClick={() => void translate()}>
          {busy ? 'Translating…' : `Translate to ${capability.agentLanguage}`}
        </button>
      ) : (
        <p className="translated" data-testid="message-translation" dir="auto" lang={capability.agentLanguage}>
          <span className="hint">Translated from {message.language}: </span>
          {translated}
        </p>
      )}
      {error && (
        <span className="inline-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
