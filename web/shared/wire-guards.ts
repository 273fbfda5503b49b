// Runtime shape checks for data arriving over the wire, so a malformed frame is ignored instead of
// breaking the UI. Types come from the server's protocol contract.
import type { Author, WireConversation, WireMessage } from '../../src/api/protocol.js';

const AUTHORS: readonly string[] = ['customer', 'bot', 'agent', 'system'] satisfies Author[];
const STATUSES: readonly string[] = ['open', 'handoff', 'resolved'];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOptional(value: unknown, type: 'string' | 'number'): boolean {
  return value === undefined || value === null || typeof value === type;
}

function isNullableString(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function isWireMessage(value: unknown): value is WireMessage {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.conversationId === 'string' &&
    (value.direction === 'in' || value.direction === 'out') &&
    typeof value.author === 'string' &&
    AUTHORS.includes(value.author) &&
    typeof value.text === 'string' &&
    typeof value.createdAt === 'string' &&
    isOptional(value.authorName, 'string') &&
    isOptional(value.intent, 'string') &&
    isOptional(value.confidence, 'number') &&
    isOptional(value.language, 'string') &&
    (value.quickReplies === undefined || value.quickReplies === null || isStringArray(value.quickReplies))
  );
}

export function isWireConversation(value: unknown): value is WireConversation {
  if (!isRecord(value)) return false;
  const customer = value.customer;
  const last = value.lastMessage;
  return (
    typeof value.id === 'string' &&
    typeof value.channel === 'string' &&
    typeof value.status === 'string' &&
    STATUSES.includes(value.status) &&
    (value.handler === 'bot' || value.handler === 'human') &&
    typeof value.priority === 'number' &&
    isNullableString(value.language) &&
    isNullableString(value.lastIntent) &&
    isRecord(customer) &&
    typeof customer.id === 'string' &&
    typeof customer.externalId === 'string' &&
    isNullableString(customer.name) &&
    isNullableString(customer.email) &&
    isNullableString(customer.locale) &&
    (last === null ||
      (isRecord(last) &&
        typeof last.text === 'string' &&
        typeof last.author === 'string' &&
        AUTHORS.includes(last.author) &&
        typeof last.createdAt === 'string')) &&
    typeof value.createdAt === 'string' &&
    typeof value.updatedAt === 'string'
  );
}

/** JSON.parse that yields null instead of throwing on garbage. */
export function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}
