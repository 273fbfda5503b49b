// How far an agent's or the bot's message got, as ticks: ✓ sent, ✓✓ delivered, ✓✓ (blue) read, ! failed.
// Whatever the server sends that is not a known status shows no tick rather than a wrong one.
import type { WireMessage } from '../../../../src/api/protocol.js';
import { isRecord } from '../../../shared/wire-guards.js';

export interface Tick {
  status: 'sent' | 'delivered' | 'read' | 'failed';
  symbol: string;
  label: string;
  /** Why it failed (failed only). */
  reason?: string;
}

const TICKS: Record<Tick['status'], { symbol: string; label: string }> = {
  sent: { symbol: '✓', label: 'Sent' },
  delivered: { symbol: '✓✓', label: 'Delivered' },
  read: { symbol: '✓✓', label: 'Read' },
  failed: { symbol: '!', label: 'Not delivered' },
};

export function deliveryTick(message: WireMessage): Tick | null {
  const d: unknown = message.delivery;
  if (message.direction !== 'out' || !isRecord(d) || typeof d.status !== 'string' || !(d.status in TICKS)) return null;
  const status = d.status as Tick['status'];
  const reason = status === 'failed' ? (typeof d.error === 'string' && d.error ? d.error : 'The channel refused this message.') : undefined;
  return { status, ...TICKS[status], ...(reason ? { reason } : {}) };
}
