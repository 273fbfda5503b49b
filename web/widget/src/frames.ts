// Decodes and validates frames from the widget websocket; anything malformed is dropped (null).
import type { WidgetClientFrame, WidgetServerFrame } from '../../../src/api/protocol.js';
import { isRecord, isWireMessage, parseJson } from '../../shared/wire-guards.js';

export function parseServerFrame(raw: string): WidgetServerFrame | null {
  const frame = parseJson(raw);
  if (!isRecord(frame)) return null;
  switch (frame.type) {
    case 'session':
      if (
        typeof frame.visitorToken !== 'string' ||
        !(frame.conversationId === null || typeof frame.conversationId === 'string') ||
        !Array.isArray(frame.messages) ||
        typeof frame.shopName !== 'string'
      ) {
        return null;
      }
      return {
        type: 'session',
        visitorToken: frame.visitorToken,
        conversationId: frame.conversationId,
        messages: frame.messages.filter(isWireMessage),
        shopName: frame.shopName,
      };
    case 'ack':
      if (typeof frame.clientId !== 'string' || typeof frame.messageId !== 'string') return null;
      return {
        type: 'ack',
        clientId: frame.clientId,
        messageId: frame.messageId,
        conversationId: typeof frame.conversationId === 'string' ? frame.conversationId : '',
      };
    case 'message':
      return isWireMessage(frame.message) ? { type: 'message', message: frame.message } : null;
    case 'error':
      if (typeof frame.code !== 'string') return null;
      return {
        type: 'error',
        code: frame.code,
        message: typeof frame.message === 'string' ? frame.message : '',
        ...(typeof frame.clientId === 'string' ? { clientId: frame.clientId } : {}),
      };
    default:
      return null;
  }
}

export function encodeClientFrame(frame: WidgetClientFrame): string {
  return JSON.stringify(frame);
}
