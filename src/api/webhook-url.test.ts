import { describe, expect, it } from 'vitest';
import { isAllowedWebhookUrl } from './webhook-url.js';

describe('webhook URL guard', () => {
  it('allows public http(s) hosts', () => {
    expect(isAllowedWebhookUrl('https://hooks.example.com/peakdesk', false)).toBe(true);
    expect(isAllowedWebhookUrl('http://93.184.216.34/x', false)).toBe(true);
  });
  it('refuses private, loopback and link-local targets and other schemes in production', () => {
    for (const u of ['http://127.0.0.1:9000/', 'http://localhost/', 'http://10.1.2.3/', 'http://192.168.0.1/', 'http://172.20.0.1/', 'http://169.254.169.254/latest', 'http://[::1]/', 'ftp://example.com/', 'not a url']) {
      expect(isAllowedWebhookUrl(u, false), u).toBe(false);
    }
  });
  it('allows loopback when configured for local testing', () => {
    expect(isAllowedWebhookUrl('http://127.0.0.1:9000/', true)).toBe(true);
    expect(isAllowedWebhookUrl('file:///etc/passwd', true)).toBe(false);
  });
});
