// The agent's reply box: POST /api/console/conversations/:id/messages; Ctrl/Cmd+Enter sends. The
// script library (macros in the conversation's language, English as fallback) fills its variables
// from the conversation and inserts the text for the agent to edit before sending; so do the
// suggested replies. When the conversation's language is not the agent's, the draft can be translated
// first (both versions stay on screen; the translation is sent unless the draft is edited again), or
// the box says that no translation provider is configured.
import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { HandoffApi, Script } from '../api/handoff-api.js';
import { fillScript, type ScriptVars } from '../../../../src/handoff/fill-script.js';
import type { WireMessage } from '../../../../src/api/protocol.js';
import type { ConsoleApi } from '../api/console-api.js';
import { ApiError } from '../api/http.js';
import type { ToolsApi, TranslationCapability } from '../api/tools-api.js';
import { SuggestedReplies } from './SuggestedReplies.js';
import { AttachButton } from './AttachButton.js';
import type { WireAttachment } from '../../../../src/api/protocol.js';
import { needsTranslation, textToSend, type DraftPreview } from './translation-state.js';

interface ReplyBoxProps {
  api: ConsoleApi;
  handoffApi?: HandoffApi;
  language?: string | null;
  scriptVars?: ScriptVars;
  conversationId: string;
  botIsHandling: boolean;
  tools?: ToolsApi;
  translation?: TranslationCapability | null;
  lastCustomerMessageId?: string | undefined;
  onSent(message: WireMessage): void;
}

const MAX_REPLY_LENGTH = 4000;

export function ReplyBox({ api, handoffApi, language, scriptVars, conversationId, botIsHandling, tools, translation, lastCustomerMessageId, onSent }: ReplyBoxProps) {
  const [text, setText] = useState('');
  const [files, setFiles] = useState<WireAttachment[]>([]);
  const [preview, setPreview] = useState<DraftPreview | null>(null);
  const [translating, setTranslating] = useState(false);
  const otherLanguage = translation && language && needsTranslation(language, translation.agentLanguage) ? language : null;

  async function translateDraft(): Promise<void> {
    const draft = text.trim();
    if (!tools || !draft || !otherLanguage) return;
    setTranslating(true);
    setError(null);
    try {
      const t = await tools.translateDraft(conversationId, draft);
      setPreview({ original: draft, translated: t.text, target: t.target });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The reply could not be translated.');
    } finally {
      setTranslating(false);
    }
  }
  const [scripts, setScripts] = useState<Script[]>([]);

  useEffect(() => {
    if (!handoffApi) return;
    handoffApi.scripts().then(
      (all) => {
        // One entry per script name: the conversation's language when written, else English.
        const names = [...new Set(all.map((s) => s.name))];
        setScripts(names.flatMap((n) => all.find((s) => s.name === n && s.language === language) ?? all.find((s) => s.name === n && s.language === 'en') ?? []));
      },
      () => setScripts([]),
    );
  }, [handoffApi, language]);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function send(): Promise<void> {
    const body = textToSend(text, preview);
    if ((!body && files.length === 0) || sending) return;
    setSending(true);
    setError(null);
    try {
      onSent(await api.reply(conversationId, body, files.map((f) => f.id)));
      setText('');
      setFiles([]);
      setPreview(null);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The reply could not be sent.');
    } finally {
      setSending(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    void send();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  }

  return (
    <form className="reply-box" onSubmit={onSubmit}>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {tools && <SuggestedReplies tools={tools} conversationId={conversationId} lastCustomerMessageId={lastCustomerMessageId} onInsert={(s) => setText((t) => (t.trim() ? `${t}\n` : '') + s)} />}
      {otherLanguage && translation && !translation.configured && (
        <p className="notice" data-testid="translation-unavailable" role="note">
          Translation is not configured on this server: the shopper writes in {otherLanguage}, you read {translation.agentLanguage}. An admin can set TRANSLATION_PROVIDER.
        </p>
      )}
      {preview && preview.original === text.trim() && (
        <p className="translated-draft" data-testid="draft-translation" dir="auto" lang={preview.target}>
          <span className="hint">Will be sent in {preview.target}: </span>
          {preview.translated}
        </p>
      )}
      <label htmlFor="reply-input" className="visually-hidden">
        Reply to the customer
      </label>
      <textarea
        id="reply-input"
        data-testid="reply-input"
        dir="auto"
        rows={3}
        maxLength={MAX_REPLY_LENGTH}
        placeholder={botIsHandling ? 'Reply… (the bot is still handling this conversation; take over to silence it)' : 'Reply…'}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="reply-actions">
        {scripts.length > 0 && (
          <select
            aria-label="Insert a script"
            data-testid="script-picker"
            value=""
            onChange={(event) => {
              const script = scripts.find((s) => s.id === event.target.value);
              if (script) setText((t) => (t ? `${t}\n` : '') + fillScript(script.body, scriptVars ?? {}));
            }}
          >
            <option value="">Insert script…</option>
            {scripts.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.language})
              </option>
            ))}
          </select>
        )}
        {otherLanguage && translation?.configured && (
          <button type="button" className="button" data-testid="translate-draft" disabled={translating || text.trim() === ''} onClick={() => void translateDraft()}>
            {translating ? 'Translating…' : `Translate to ${otherLanguage}`}
          </button>
        )}
        <AttachButton conversationId={conversationId} files={files} onChange={setFiles} />
        <span className="hint">Ctrl/⌘ + Enter to send</span>
        <button type="submit" className="button primary" data-testid="reply-send" disabled={sending || (text.trim() === '' && files.length === 0)}>
          {sending ? 'Sending…' : 'Send'}
        </button>
      </div>
    </form>
  );
}
