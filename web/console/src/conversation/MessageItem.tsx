// One message in the conversation view. Customer, bot, agent and system messages look different; inbound
// messages carry NLU chips (intent, confidence, language). Text is rendered as text, never as HTML.
import type { ReactNode } from 'react';
import type { WireMessage } from '../../../../src/api/protocol.js';
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

export function MessageItem({ message, customerName, children }: { message: WireMessage; customerName: string; children?: ReactNode }) {
  const inbound = message.direction === 'in';
  const hasNlu = inbound && (message.intent || message.confidence !== undefined || message.language);
  return (
    <li className={`msg msg-${message.author}`} data-testid="message" data-author={message.author} data-message-id={message.id}>
      <div className="msg-meta">
        <span className="msg-who">{authorName(message, customerName)}</span>
        <time dateTime={message.createdAt} title={fullTimestamp(message.createdAt)}>
          {clockTime(message.createdAt)}
        </time>
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
