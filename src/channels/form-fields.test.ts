import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channelForms, fieldsOf } from './form-fields.js';

describe('channel form fields', () => {
  it('reads names, types and required flags from a zod schema', () => {
    const fields = fieldsOf(z.object({ botId: z.string().describe('the bot id'), port: z.number().int().optional(), tls: z.boolean().default(true) }));
    expect(fields).toEqual([
      { name: 'botId', type: 'string', required: true, description: 'the bot id' },
      { name: 'port', type: 'integer', required: false },
      { name: 'tls', type: 'boolean', required: false },
    ]);
  });

  it('describes every registered channel, with the secrets the server generates', () => {
    const forms = channelForms();
    const telegram = forms.find((f) => f.type === 'telegram')!;
    expect(telegram.secrets.map((f) => f.name)).toContain('botToken');
    expect(telegram.generated).toEqual(['secretToken']);
    expect(forms.find((f) => f.type === 'email')!.receivesWebhooks).toBe(false);
  });
});
