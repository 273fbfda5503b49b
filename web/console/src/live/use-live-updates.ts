// React hook over the console websocket (/api/console/ws, cookie auth): delivers message and conversation
// frames, reconnects with backoff, reports each (re)connection so the caller can refetch what it missed, and
// reports a refused session (close code 4401).
import { useEffect, useRef, useState } from 'react';
import type { WireConversation, WireMessage } from '../../../../src/api/protocol.js';
import type { InboxItem } from '../../../../src/handoff/inbox.js';
import { ReconnectingSocket } from '../../../shared/reconnecting-socket.js';
import { CLOSE_UNAUTHORIZED, socketUrl } from '../../../shared/socket.js';
import { parseConsoleFrame } from './console-frames.js';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

export interface LiveHandlers {
  /** The server said hello: a fresh connection, anything sent while we were away may be missing. */
  onConnected(): void;
  onMessage(message: WireMessage): void;
  onConversation(conversation: WireConversation): void;
  /** Queue changes (handoffs, assignments, unread counts, conversations leaving the queue). */
  onInbox?(items: InboxItem[], removed: string[]): void;
  /** The user's team membership changed: what they may see changed with it. */
  onTeams?(teams: string[]): void;
  /** The server refused the session cookie. */
  onSignedOut(): void;
}

export function useLiveUpdates(handlers: LiveHandlers): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const socket = new ReconnectingSocket({
      url: () => socketUrl(window.location.origin, '/api/console/ws'),
      onMessage: (data) => {
        const frame = parseConsoleFrame(data);
        if (!frame) return;
        if (frame.type === 'hello') {
          socket.markHealthy();
          setStatus('live');
          latest.current.onConnected();
        } else if (frame.type === 'message') {
          latest.current.onMessage(frame.message);
        } else if (frame.type === 'conversation') {
          latest.current.onConversation(frame.conversation);
        } else if (frame.type === 'teams') {
          latest.current.onTeams?.(frame.teams);
        } else {
          latest.current.onInbox?.(frame.items, frame.removed);
        }
      },
      onDown: () => setStatus('reconnecting'),
      permanentCloseCodes: [CLOSE_UNAUTHORIZED],
      onGiveUp: () => latest.current.onSignedOut(),
    });
    socket.start();
    const retry = (): void => socket.retryNow();
    window.addEventListener('online', retry);
    return () => {
      window.removeEventListener('online', retry);
      socket.stop();
    };
  }, []);

  return status;
}
