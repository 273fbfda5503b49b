// The generic API channel, built in (no account): integrators post shopper messages and receive replies
// by signed webhook, rich parts included, so it declares what it passes on in the same capability
// terms as every other channel (src/channels/types.ts).
import type { ChannelCapabilities } from '../types.js';

export const apiChannel = {
  name: 'api',
  capabilities: { quickReplies: true, maxQuickReplies: 100, maxQuickReplyChars: 200, buttons: false, cards: false, media: false, maxTextChars: 64 * 1024 } satisfies ChannelCapabilities,
  limits: { maxTextBytes: 64 * 1024 },
} as const;
