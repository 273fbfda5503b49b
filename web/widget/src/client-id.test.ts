// Tests for client message ids with and without crypto.randomUUID.
import { describe, expect, it } from 'vitest';
import { newClientId } from './client-id.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newClientId', () => {
  it('uses randomUUID where the page has it', () => {
    expect(newClientId({ randomUUID: () => 'from-random-uuid', getRandomValues: (array) => array })).toBe('from-random-uuid');
  });

  it('builds a v4 UUID from getRandomValues on insecure pages', () => {
    const id = newClientId({ getRandomValues: (array) => crypto.getRandomValues(array) });
    expect(id).toMatch(UUID_V4);
    const fixed = newClientId({ getRandomValues: (array) => array.fill(0xff) });
    expect(fixed).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});
