import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyAppKeySignedPush } from '../marketplace-push.js';
import { signedTiktokUrl, tiktokSign } from './signing.js';

describe('TikTok Shop signatures', () => {
  it('signs path, sorted params (without sign and access_token) and body, wrapped in the secret', () => {
    const params = { timestamp: '1696909648', shop_cipher: 'ROW_x', app_key: '68xu9ks5p4i8', access_token: 'never-signed' };
    const body = '{"type":"TEXT"}';
    const base = 'e59af819cc/customer_service/202309/conversations/C1/messagesapp_key68xu9ks5p4i8shop_cipherROW_xtimestamp1696909648{"type":"TEXT"}e59af819cc';
    expect(tiktokSign('e59af819cc', '/customer_service/202309/conversations/C1/messages', params, body)).toBe(createHmac('sha256', 'e59af819cc').update(base).digest('hex'));
    const url = new URL(signedTiktokUrl('https://api.example/', '/p', { app_key: 'k', timestamp: '1' }, 's', ''));
    expect(url.pathname).toBe('/p');
    expect(url.searchParams.get('sign')).toBe(createHmac('sha256', 's').update('s/papp_keyktimestamp1s').digest('hex'));
  });

  it('verifies webhooks over app_key + body', () => {
    const body = Buffer.from('{"type":14}');
    const good = createHmac('sha256', 'secret').update('key').update(body).digest('hex');
    const req = (authorization?: string) => ({ url: 'https://x/h', headers: authorization ? { authorization } : {}, query: {}, body });
    expect(verifyAppKeySignedPush(req(good), 'key', 'secret')).toEqual({ ok: true });
    expect(verifyAppKeySignedPush(req(good.toUpperCase()), 'key', 'secret')).toEqual({ ok: true });
    expect(verifyAppKeySignedPush(req(good), 'other-key', 'secret')).toMatchObject({ ok: false, status: 401 });
    expect(verifyAppKeySignedPush(req(), 'key', 'secret')).toMatchObject({ ok: false, status: 401 });
    expect(verifyAppKeySignedPush(req('sha256=' + good), 'key', 'secret')).toMatchObject({ ok: false, status: 401 });
  });
});
