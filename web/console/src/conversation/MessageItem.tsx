// One message in the conversation view. Customer, bot, agent and system messages look different; inbound
// messages carry NLU chips (intent, confidence, language); outbound ones their delivery tick, and when
// the channel refused them for good, the reason and a retry. Text is rendered as text, never as HTML.
import { useState, type ReactNode } from 'react';
import type { WireMessage } from '../../../../src/api/protocol.js';
import { deliveryTick } from '../delivery/delivery-tick.js';
import { confidencePercent } from '../format/display.js';
import { clockTime, fullTimestamp } from '../format/relative-time.js';

function authorName(message: WireMessage, customerName: string): string {
  switch (message.author) {
    case 'customer':
      return customerName;
    case 'bot':
      return 'Bot';
    case 'agent':
      return message.authorName || 'Agent';
    case 'system':
      return 'System';
  }
}

export function MessageItem({ message, customerName, onRetry, children }: { message: WireMessage; customerName: string; onRetry?: (messageId: string) => Promise<void>; children?: ReactNode }) {
  const inbound = message.direction === 'in';
  const hasNlu = inbound && (message.intent || message.confidence !== undefined || message.language);
  const tick = deliveryTick(message);
  const [retrying, setRetrying] = useState(false);
  const [retryError, setRetryError] = useState<string | null>(null);
  async function retry(): Promise<void> {
    if (!onRetry) return;
    setRetrying(true);
    setRetryError(null);
    try {
      await onRetry(message.id);
    } catch (caught) {
      setRetryError(caught instanceof Error ? caught.message : 'Could not retry.');
    } finally {
      setRetrying(false);
    }
  }
  return (
    <li className={`msg msg-${message.author}${tick?.status === 'failed' ? ' msg-failed' : ''}`} data-testid="message" data-author={message.author} data-message-id={message.id} data-delivery={tick?.status}>
      <div className="msg-meta">
        <span className="msg-who">{authorName(message, customerName)}</span>
        <time dateTime={message.createdAt} title={fullTimestamp(message.createdAt)}>
          {clockTime(message.createdAt)}
        </time>
        {tick && (
          <span className={`tick tick-${tick.status}`} data-testid="delivery-tick" title={tick.label} aria-label={tick.label}>
            {tick.symbol}
          </span>
        )}
      </div>
      <div className="msg-bubble" dir="auto">
        {message.text}
      </div>
      {hasNlu && (
        <div className="chips" aria-label="Understanding">
          {message.intent && (
            <span className="chip intent" title="Detected intent">
              {message.intent}
            </span>
          )}
          {message.confidence !== undefined && message.confidence !== null && (
            <span className="chip" title="Intent confidence">
              {confidencePercent(message.confidence)}
            </span>
          )}
          {message.language && (
            <span className="chip" title="Detected language">
              {message.language}
            </span>
          )}
        </div>
      )}
      {tick?.reason && (
        <div className="msg-failure" role="alert" data-testid="delivery-failure">
          <span>Not delivered: {tick.reason}</span>
          {onRetry && (
            <button type="button" className="link-button" data-testid="retry-delivery" disabled={retrying} onClick={() => void retry()}>
              {retrying ? 'Retrying…' : 'Retry'}
            </button>
          )}
          {retryError && <span className="muted">{retryError}</span>}
        </div>
      )}
      {message.quickReplies && message.quickReplies.length > 0 && (
        <div className="chips offered" aria-label="Quick replies offered">
          {message.quickReplies.map((reply) => (
            <span key={reply} className="chip quick" dir="auto">
              {reply}
            </span>
          ))}
        </div>
      )}
      {children}
    </li>
  );
}
