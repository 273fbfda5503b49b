// The web widget channel: what it can render and its limits (the reply stage degrades to these).
export const widgetChannel = {
  name: 'widget',
  capabilities: { quickReplies: true, buttons: false, cards: false, media: false, markdown: false },
  limits: { maxTextChars: 4000, messagesPerWindow: 12, windowMs: 10_000, maxFrameBytes: 16 * 1024 },
} as const;
