// Tests for the widget transcript: pending messages, acks, dedupe by id and history replay.
import { describe, expect, it } from 'vitest';
import { wireMessage } from '../../test-support/fixtures.js';
import { filesOf, Transcript } from './transcript.js';

const now = '2026-11-20T10:00:00.000Z';

describe('Transcript', () => {
  it('shows a local message as pending, then sent with the server id', () => {
    const transcript = new Transcript();
    transcript.addLocal('c-1', 'hello', now);
    expect(transcript.entries[0]).toMatchObject({ delivery: 'pending', id: null, author: 'customer' });
    expect(transcript.unsent()).toEqual([{ clientId: 'c-1', text: 'hello' }]);
    expect(transcript.acknowledge('c-1', 'm-1')).toBe(true);
    expect(transcript.entries[0]).toMatchObject({ delivery: 'sent', id: 'm-1', key: 'c:c-1' });
    expect(transcript.unsent()).toEqual([]);
    expect(transcript.acknowledge('unknown', 'm-2')).toBe(false);
  });

  it('dedupes server messages by id, including the echo of our own message', () => {
    const transcript = new Transcript();
    transcript.addLocal('c-1', 'hello', now);
    expect(transcript.receive(wireMessage({ id: 'm-1', author: 'customer', direction: 'in', text: 'hello' }))).toBe(true);
    transcript.acknowledge('c-1', 'm-1');
    expect(transcript.entries.map((entry) => entry.id)).toEqual(['m-1']);
    expect(transcript.receive(wireMessage({ id: 'm-1', author: 'customer', text: 'hello' }))).toBe(false);
    expect(transcript.receive(wireMessage({ id: 'm-2' }))).toBe(true);
    expect(transcript.receive(wireMessage({ id: 'm-2' }))).toBe(false);
    expect(transcript.entries).toHaveLength(2);
  });

  it('replays history on reconnect and keeps unacknowledged messages at the end', () => {
    const transcript = new Transcript();
    transcript.addLocal('c-1', 'first', now);
    transcript.acknowledge('c-1', 'm-1');
    transcript.addLocal('c-2', 'lost in the outage', now);
    transcript.loadHistory([
      wireMessage({ id: 'm-1', author: 'customer', text: 'first' }),
      wireMessage({ id: 'm-2', text: 'bot answer' }),
      wireMessage({ id: 'm-2', text: 'bot answer' }),
    ]);
    expect(transcript.entries.map((entry) => entry.id ?? entry.clientId)).toEqual(['m-1', 'm-2', 'c-2']);
    expect(transcript.entries[0]?.key).toBe('c:c-1');
    expect(transcript.unsent()).toEqual([{ clientId: 'c-2', text: 'lost in the outage' }]);
  });

  it('drops the local copy when a re-send is acked with an id already in the history', () => {
    const transcript = new Transcript();
    transcript.addLocal('c-1', 'hello', now);
    transcript.loadHistory([wireMessage({ id: 'm-1', author: 'customer', text: 'hello' })]);
    transcript.acknowledge('c-1', 'm-1');
    expect(transcript.entries).toHaveLength(1);
    expect(transcript.entries[0]?.id).toBe('m-1');
  });

  it('marks failures and puts them back in the queue on retry', () => {
    const transcript = new Transcript();
    transcript.addLocal('c-1', 'hello', now);
    expect(transcript.markFailed('c-1', 'could not be stored')).not.toBeNull();
    expect(transcript.unsent()).toEqual([]);
    expect(transcript.entries[0]).toMatchObject({ delivery: 'failed', error: 'could not be stored' });
    expect(transcript.markPending('c-1')).not.toBeNull();
    expect(transcript.unsent()).toHaveLength(1);
  });

  it('offers quick replies of the latest non-shopper message and knows when a reply is awaited', () => {
    const transcript = new Transcript();
    transcript.receive(wireMessage({ id: 'm-1', quickReplies: ['Track order', 'Returns'] }));
    expect(transcript.quickReplies()).toEqual(['Track order', 'Returns']);
    expect(transcript.awaitingReply()).toBe(false);
    transcript.addLocal('c-1', 'Track order', now);
    expect(transcript.quickReplies()).toEqual([]);
    expect(transcript.awaitingReply()).toBe(false);
    transcript.acknowledge('c-1', 'm-2');
    expect(transcript.awaitingReply()).toBe(true);
    transcript.receive(wireMessage({ id: 'm-3' }));
    expect(transcript.awaitingReply()).toBe(false);
  });

  it("keeps an agent's files that carry a web link, and drops any other link", () => {
    const message = wireMessage({
      id: 'm-9',
      author: 'agent',
      attachments: [
        { id: 'med_1', kind: 'image', filename: 'label.png', url: 'https://shop.example/media/med_1?exp=1&sig=x' },
        { id: 'med_2', kind: 'file', url: 'javascript:alert(1)' },
        { id: 'med_3', kind: 'file' },
        { id: 'med_4', kind: 'file', url: 'http://127.0.0.1:3000/media/med_4?exp=1&sig=y' },
      ],
    });
    expect(filesOf(message)).toEqual([
      { kind: 'image', url: 'https://shop.example/media/med_1?exp=1&sig=x', name: 'label.png' },
      { kind: 'file', url: 'http://127.0.0.1:3000/media/med_4?exp=1&sig=y', name: 'file' },
    ]);
    const transcript = new Transcript();
    transcript.receive(message);
    expect(transcript.entries[0]!.files).toHaveLength(2);
  });
});
