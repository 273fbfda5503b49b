// Signed, expiring public links to an agent's attachment, for platforms that fetch media by URL
// (WhatsApp, Messenger, Instagram, LINE, Telegram). The signature covers the media id and the expiry,
// so a link cannot be bent to another file or kept alive; the key is an install-wide setting, shared
// by every replica.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export class MediaLinks {
  constructor(
    private readonly key: Buffer,
    private readonly publicUrl: string,
    private readonly ttlMs: number,
  ) {}

  static newKey(): string {
    return randomBytes(32).toString('base64url');
  }

  url(mediaId: string, now = Date.now()): string {
    const exp = Math.floor((now + this.ttlMs) / 1000);
    return `${this.publicUrl}/media/${encodeURIComponent(mediaId)}?exp=${exp}&sig=${this.sign(mediaId, exp)}`;
  }

  verify(mediaId: string, exp: number, sig: string, now = Date.now()): boolean {
    if (!Number.isInteger(exp) || exp * 1000 < now) return false;
    const want = Buffer.from(this.sign(mediaId, exp));
    const got = Buffer.from(sig);
    return got.length === want.length && timingSafeEqual(got, want);
  }

  private sign(mediaId: string, exp: number): string {
    return createHmac('sha256', this.key).update(`${mediaId}\n${exp}`).digest('base64url');
  }
}
