// Every channel type Peakdesk can connect an account of, by name.
import type { ChannelDefinition } from './types.js';
import { emailChannel } from './email/definition.js';
import { instagramChannel } from './instagram/definition.js';
import { lazadaChannel } from './lazada/definition.js';
import { lineChannel } from './line/definition.js';
import { messengerChannel } from './messenger/definition.js';
import { shopeeChannel } from './shopee/definition.js';
import { telegramChannel } from './telegram/definition.js';
import { tiktokShopChannel } from './tiktok-shop/definition.js';
import { whatsappChannel } from './whatsapp/definition.js';

const definitions = new Map<string, ChannelDefinition<unknown, unknown>>(
  [whatsappChannel, messengerChannel, instagramChannel, telegramChannel, lineChannel, emailChannel, shopeeChannel, tiktokShopChannel, lazadaChannel].map((d) => [d.type, d as unknown as ChannelDefinition<unknown, unknown>]),
);

export function channelDefinition(type: string): ChannelDefinition<unknown, unknown> | undefined {
  return definitions.get(type);
}

export function channelTypes(): string[] {
  return [...definitions.keys()];
}
