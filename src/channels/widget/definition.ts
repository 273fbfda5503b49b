// The web widget channel, built in (no account): what it can render, in the same capability terms as
// every other channel (src/channels/types.ts), and the limits the realtime route enforces.
import type { ChannelCapabilities } from '../types.js';

export const widgetChannel = {
  name: 'widget',
  capabilities: { quickReplies: true, maxQuickReplies: 10, maxQuickReplyChars: 80, buttons: false, cards: false, media: false, maxTextChars: 4000 } satisfies ChannelCapabilities,
  limits: { maxTextChars: 4000, messagesPerWindow: 12, windowMs: 10_000, maxFrameBytes: 16 * 1024 },
} as const;
