import { describe, expect, it } from 'vitest';
import { messageBody, templateBody } from './send-message.js';

describe('WhatsApp message bodies', () => {
  it('sends plain text with previews off', () => {
    expect(messageBody('16505551234', { text: 'Hi' })).toEqual({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '16505551234', type: 'text', text: { preview_url: false, body: 'Hi' } });
  });

  it('sends up to three quick replies as reply buttons, more as a list', () => {
    const b = messageBody('1', { text: 'Pick', quickReplies: ['Yes', 'No'] }) as { interactive: { type: string; action: { buttons: unknown[] } } };
    expect(b.interactive.type).toBe('button');
    expect(b.interactive.action.buttons).toEqual([
      { type: 'reply', reply: { id: 'qr:0', title: 'Yes' } },
      { type: 'reply', reply: { id: 'qr:1', title: 'No' } },
    ]);
    const l = messageBody('1', { text: 'Pick', quickReplies: ['a', 'b', 'c', 'd'] }) as { interactive: { type: string; action: { sections: { rows: unknown[] }[] } } };
    expect(l.interactive.type).toBe('list');
    expect(l.interactive.action.sections[0]!.rows).toHaveLength(4);
  });

  it('fills a template parameter without newlines', () => {
    const t = templateBody('1', { name: 'reply_ready', language: 'en_US', purpose: 'reopen', bodyParameters: 1 }, 'line one\n\nline two') as { template: unknown };
    expect(t.template).toEqual({ name: 'reply_ready', language: { code: 'en_US' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'line one line two' }] }] });
    const plain = templateBody('1', { name: 'come_back', language: 'id', purpose: 'reopen', bodyParameters: 0 }, 'x') as { template: Record<string, unknown> };
    expect(plain.template.components).toBeUndefined();
  });
});
