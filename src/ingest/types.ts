// The normalised inbound message every channel adapter produces, and what ingest returns once it is stored.
import type { WireMessage } from '../api/protocol.js';
import type { InboundAttachment } from '../channels/types.js';

export interface InboundMessage {
  tenantId: string;
  /** Channel name, e.g. 'api', 'widget'. */
  channel: string;
  /** `verified`: what the platform itself vouches for (never what the shopper typed); it links the
   * customer's channel identities into one profile, in ingest's transaction. */
  customer: { externalId: string; name?: string; email?: string; locale?: string; verified?: { email?: string; phone?: string } };
  text: string;
  /** The platform's (or client's) message id; the same id is accepted once. */
  externalMessageId?: string;
  receivedAt: number;
  /** Files the shopper sent (stored in `media`, in the same transaction as the message). */
  attachments?: InboundAttachment[];
}

export interface AcceptedMessage {
  conversationId: string;
  messageId: string;
  customerId: string;
  /** True when this external id was seen before: nothing new was stored. */
  duplicate: boolean;
  message: WireMessage;
}
