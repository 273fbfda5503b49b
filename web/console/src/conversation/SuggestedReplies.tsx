// Suggested replies for the shopper's latest message: what colleagues answered to similar messages
// before, then help-centre passages (their article named). A click puts the text into the reply box for
// the agent to edit; nothing is sent without them.
import { useEffect, useState } from 'react';
import type { Suggestions, ToolsApi } from '../api/tools-api.js';

interface SuggestedRepliesProps {
  tools: ToolsApi;
  conversationId: string;
  /** Changes when the shopper writes again: suggestions follow the latest message. */
  lastCustomerMessageId: string | undefined;
  onInsert(text: string): void;
}

export function SuggestedReplies({ tools, conversationId, lastCustomerMessageId, onInsert }: SuggestedRepliesProps) {
  const [suggestions, setSuggestions] = useState<Suggestions | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    setFailed(false);
    if (!lastCustomerMessageId) {
      setSuggestions(null);
      return;
    }
    tools.suggestions(conversationId).then(
      (s) => current && setSuggestions(s),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [tools, conversationId, lastCustomerMessageId]);

  if (failed) return <p className="hint suggestions-empty">Suggestions are unavailable right now.</p>;
  if (!suggestions || (suggestions.knowledge.length === 0 && suggestions.pastAnswers.length === 0)) return null;
  return (
    <div className="suggestions" data-testid="suggestions" aria-label="Suggested replies">
      <span className="suggestions-title">Suggested replies</span>
      <ul>
        {suggestions.pastAnswers.map((p) => (
          <li key={`past-${p.conversationId}-${p.answer.slice(0, 20)}`}>
            <button type="button" className="suggestion" data-testid="suggestion" data-kind="past" title={`Answered to: ${p.question}`} onClick={() => onInsert(p.answer)}>
              <span className="suggestion-source">Earlier answer · to “{p.question}”</span>
              <span className="suggestion-text" dir="auto">
                {p.answer}
              </span>
            </button>
          </li>
        ))}
        {suggestions.knowledge.map((k) => (
          <li key={`kb-${k.articleId}-${k.text.slice(0, 20)}`}>
            <button type="button" className="suggestion" data-testid="suggestion" data-kind="knowledge" title={k.text} onClick={() => onInsert(k.text)}>
              <span className="suggestion-source">Help centre · {k.title}</span>
              <span className="suggestion-text" dir="auto">
                {k.text}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
