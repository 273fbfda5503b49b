import { describe, expect, it } from 'vitest';
import type { WireMessage } from '../../../../src/api/protocol.js';
import { deliveryTick } from './delivery-tick.js';

const out = (delivery: unknown): WireMessage => ({ id: 'm1', conversationId: 'c1', direction: 'out', author: 'agent', text: 'hi', createdAt: '2026-12-08T00:00:00Z', delivery } as WireMessage);

describe('deliveryTick', () => {
  it('shows sent, delivered, read and failed with its reason', () => {
    expect(deliveryTick(out({ status: 'sent', at: 'x' }))).toMatchObject({ status: 'sent', symbol: '✓' });
    expect(deliveryTick(out({ status: 'delivered', at: 'x' }))).toMatchObject({ status: 'delivered', symbol: '✓✓' });
    expect(deliveryTick(out({ status: 'read', at: 'x' }))).toMatchObject({ status: 'read', label: 'Read' });
    expect(deliveryTick(out({ status: 'failed', at: 'x', error: 'HTTP 403: bot was blocked by the user' }))).toMatchObject({ status: 'failed', reason: 'HTTP 403: bot was blocked by the user' });
    expect(deliveryTick(out({ status: 'failed', at: 'x' }))!.reason).toBe('The channel refused this message.');
  });

  it('shows nothing for inbound messages, unknown statuses or no receipt yet', () => {
    expect(deliveryTick({ ...out({ status: 'read' }), direction: 'in' })).toBeNull();
    expect(deliveryTick(out({ status: 'exploded' }))).toBeNull();
    expect(deliveryTick(out('read'))).toBeNull();
    expect(deliveryTick(out(undefined))).toBeNull();
  });
});
