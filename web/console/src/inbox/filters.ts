// The inbox filters: which API status each one asks for, and which live-updated conversations belong in it.
import type { WireConversation } from '../../../../src/api/protocol.js';
import type { StatusQuery } from '../api/console-api.js';

export type InboxFilter = 'all' | 'handoff' | 'bot' | 'resolved';

export interface FilterDefinition {
  id: InboxFilter;
  label: string;
  status: StatusQuery;
}

export const FILTERS: readonly FilterDefinition[] = [
  { id: 'all', label: 'All', status: 'all' },
  { id: 'handoff', label: 'Needs human', status: 'handoff' },
  { id: 'bot', label: 'Bot', status: 'open' },
  { id: 'resolved', label: 'Resolved', status: 'resolved' },
];

export function statusQueryFor(filter: InboxFilter): StatusQuery {
  return FILTERS.find((definition) => definition.id === filter)?.status ?? 'all';
}

/** Same rule as the server's status query, applied to conversations that arrive over the live socket. */
export function matchesFilter(conversation: WireConversation, filter: InboxFilter): boolean {
  const status = statusQueryFor(filter);
  return status === 'all' || conversation.status === status;
}
