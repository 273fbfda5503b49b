// The generic API channel: integrators post shopper messages and receive replies by signed webhook.
export const apiChannel = {
  name: 'api',
  capabilities: { quickReplies: true, buttons: false, cards: false, media: false, markdown: false },
  limits: { maxTextBytes: 64 * 1024 },
} as const;
