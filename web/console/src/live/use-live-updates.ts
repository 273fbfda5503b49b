// React hook over the console websocket (/api/console/ws, cookie auth): delivers message and conversation
// frames, reconnects with backoff, and reports each (re)connection so the caller can refetch what it missed.
import { useEffect, useRef, useState } from 'react';
import type { WireConversation, WireMessage } from '../../../../src/api/protocol.js';
import { ReconnectingSocket } from '../../../shared/reconnecting-socket.js';
import { socketUrl } from '../../../shared/socket.js';
import { parseConsoleFrame } from './console-frames.js';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

export interface LiveHandlers {
  /** The server said hello: a fresh connection, anything sent while we were away may be missing. */
  onConnected(): void;
  onMessage(message: WireMessage): void;
  onConversation(conversation: WireConversation): void;
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
        } else {
          latest.current.onConversation(frame.conversation);
        }
      },
      onDown: () => setStatus('reconnecting'),
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
