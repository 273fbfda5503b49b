// Tests for list ages and conversation display helpers.
import { describe, expect, it } from 'vitest';
import { wireConversation } from '../../../test-support/fixtures.js';
import { channelName, confidencePercent, customerLabel } from './display.js';
import { relativeTime } from './relative-time.js';

describe('relativeTime', () => {
  const now = Date.parse('2026-11-20T12:00:00.000Z');
  it('is compact for recent times and a date after a week', () => {
    expect(relativeTime('2026-11-20T11:59:30.000Z', now)).toBe('now');
    expect(relativeTime('2026-11-20T11:55:00.000Z', now)).toBe('5m');
    expect(relativeTime('2026-11-20T09:00:00.000Z', now)).toBe('3h');
    expect(relativeTime('2026-11-18T12:00:00.000Z', now)).toBe('2d');
    expect(relativeTime('2026-11-01T12:00:00.000Z', now, 'en-GB')).toBe('1 Nov');
    expect(relativeTime('2025-11-01T12:00:00.000Z', now, 'en-GB')).toBe('1 Nov 2025');
  });

  it('copes with clock skew and bad input', () => {
    expect(relativeTime('2026-11-20T12:00:05.000Z', now)).toBe('now');
    expect(relativeTime('not a date', now)).toBe('');
  });
});

describe('display helpers', () => {
  it('names the customer, else shows the external id', () => {
    expect(customerLabel(wireConversation())).toBe('visitor-1');
    expect(customerLabel(wireConversation({ customer: { id: 'x', externalId: 'e', name: 'Aisha', email: null, locale: null } }))).toBe('Aisha');
  });

  it('names channels and formats confidence', () => {
    expect(channelName('widget')).toBe('Web chat');
    expect(channelName('carrier-pigeon')).toBe('carrier-pigeon');
    expect(confidencePercent(0.874)).toBe('87%');
    expect(confidencePercent(92)).toBe('92%');
  });
});
