// Display helpers for conversations: who the customer is, channel names, confidence as a percentage.
import type { WireConversation } from '../../../../src/api/protocol.js';

export function customerLabel(conversation: WireConversation): string {
  return conversation.customer.name?.trim() || conversation.customer.externalId;
}

const CHANNEL_NAMES: Record<string, string> = {
  widget: 'Web chat',
  web: 'Web chat',
  api: 'API',
  email: 'Email',
  whatsapp: 'WhatsApp',
  messenger: 'Messenger',
  instagram: 'Instagram',
  telegram: 'Telegram',
  line: 'LINE',
  sms: 'SMS',
};

export function channelName(channel: string): string {
  return CHANNEL_NAMES[channel.toLowerCase()] ?? channel;
}

export function confidencePercent(confidence: number): string {
  const ratio = confidence > 1 ? confidence / 100 : confidence;
  return `${Math.round(Math.min(1, Math.max(0, ratio)) * 100)}%`;
}

const STATUS_NAMES: Record<WireConversation['status'], string> = {
  open: 'Open',
  handoff: 'Needs human',
  resolved: 'Resolved',
};

export function statusName(status: WireConversation['status']): string {
  return STATUS_NAMES[status];
}
