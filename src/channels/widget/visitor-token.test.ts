import { describe, expect, it } from 'vitest';
import { issueVisitorToken, verifyVisitorToken } from './visitor-token.js';

describe('widget visitor tokens', () => {
  it('round-trip for the tenant that issued them', () => {
    const { token, visitorId } = issueVisitorToken('s3cret', 'ten_a');
    expect(verifyVisitorToken('s3cret', 'ten_a', token)).toBe(visitorId);
  });
  it('are worthless on another tenant, with another secret, or tampered', () => {
    const { token } = issueVisitorToken('s3cret', 'ten_a');
    expect(verifyVisitorToken('s3cret', 'ten_b', token)).toBeUndefined();
    expect(verifyVisitorToken('other', 'ten_a', token)).toBeUndefined();
    const parts = token.split('.');
    expect(verifyVisitorToken('s3cret', 'ten_a', [parts[0], parts[1], 'v_guessed', parts[3]].join('.'))).toBeUndefined();
    expect(verifyVisitorToken('s3cret', 'ten_a', 'x'.repeat(400))).toBeUndefined();
    expect(verifyVisitorToken('s3cret', 'ten_a', undefined)).toBeUndefined();
  });
});
