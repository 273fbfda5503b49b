// Merges messages from history, replies and the live socket: one copy per id, in chronological order.
import type { WireMessage } from '../../../../src/api/protocol.js';

function time(iso: string): number {
  const value = Date.parse(iso);
  return Number.isNaN(value) ? 0 : value;
}

export function mergeMessages(existing: readonly WireMessage[], incoming: readonly WireMessage[]): WireMessage[] {
  const byId = new Map<string, WireMessage>();
  for (const message of existing) byId.set(message.id, message);
  for (const message of incoming) byId.set(message.id, message);
  const merged = [...byId.values()];
  const arrival = new Map(merged.map((message, index) => [message.id, index]));
  return merged.sort((a, b) => time(a.createdAt) - time(b.createdAt) || (arrival.get(a.id) ?? 0) - (arrival.get(b.id) ?? 0));
}
