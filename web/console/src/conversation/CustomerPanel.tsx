// Right column: who the customer is and the state of the conversation.
import type { ReactNode } from 'react';
import type { WireConversation } from '../../../../src/api/protocol.js';
import { channelName, statusName } from '../format/display.js';
import { fullTimestamp } from '../format/relative-time.js';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">—</span>}</dd>
    </div>
  );
}

export function CustomerPanel({ conversation }: { conversation: WireConversation }) {
  const { customer } = conversation;
  return (
    <aside className="customer-panel" aria-label="Customer details">
      <h3>Customer</h3>
      <dl>
        <Field label="Name">{customer.name}</Field>
        <Field label="Email">{customer.email && <a href={`mailto:${customer.email}`}>{customer.email}</a>}</Field>
        <Field label="Locale">{customer.locale}</Field>
        <Field label="External ID">
          <code>{customer.externalId}</code>
        </Field>
      </dl>
      <h3>Conversation</h3>
      <dl>
        <Field label="Channel">{channelName(conversation.channel)}</Field>
        <Field label="Status">{statusName(conversation.status)}</Field>
        <Field label="Handled by">{conversation.handler === 'bot' ? 'Bot' : 'Human agent'}</Field>
        <Field label="Language">{conversation.language}</Field>
        <Field label="Last intent">{conversation.lastIntent && <code>{conversation.lastIntent}</code>}</Field>
        <Field label="Priority">{String(conversation.priority)}</Field>
        <Field label="Started">{fullTimestamp(conversation.createdAt)}</Field>
      </dl>
    </aside>
  );
}
