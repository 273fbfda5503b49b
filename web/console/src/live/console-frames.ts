// Decodes frames from the console websocket; malformed ones are dropped (null).
import type { ConsoleServerFrame } from '../../../../src/api/protocol.js';
import type { InboxItem } from '../../../../src/handoff/inbox.js';
import { isRecord, isWireConversation, isWireMessage, parseJson } from '../../../shared/wire-guards.js';

export function parseConsoleFrame(raw: string): ConsoleServerFrame | null {
  const frame = parseJson(raw);
  if (!isRecord(frame)) return null;
  switch (frame.type) {
    case 'hello': {
      const user = frame.user;
      return {
        type: 'hello',
        user: isRecord(user)
          ? { id: String(user.id ?? ''), name: String(user.name ?? ''), role: String(user.role ?? '') }
          : { id: '', name: '', role: '' },
      };
    }
    case 'message':
      return isWireMessage(frame.message) ? { type: 'message', message: frame.message } : null;
    case 'conversation':
      return isWireConversation(frame.conversation) ? { type: 'conversation', conversation: frame.conversation } : null;
    case 'inbox': {
      if (!Array.isArray(frame.items) || !Array.isArray(frame.removed)) return null;
      const items = frame.items.filter((i): i is InboxItem => isRecord(i) && isWireConversation(i.conversation) && typeof i.queuedAt === 'number' && typeof i.slaDueAt === 'number');
      return { type: 'inbox', items, removed: frame.removed.filter((r): r is string => typeof r === 'string') };
    }
    case 'teams':
      return Array.isArray(frame.teams) ? { type: 'teams', teams: frame.teams.filter((t): t is string => typeof t === 'string') } : null;
    default:
      return null;
  }
}
