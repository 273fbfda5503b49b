// The dead-letter alert: replies a channel refused for good or that ran out of attempts, with the reason,
// a link to the conversation and a retry. Reloaded whenever a delivery status changes (refreshKey).
import { useCallback, useEffect, useState } from 'react';
import type { DeadLetter, DeliveryApi } from '../api/delivery-api.js';
import { channelName } from '../format/display.js';

interface DeadLetterBannerProps {
  api: DeliveryApi;
  refreshKey: number;
  onOpen(conversationId: string): void;
}

export function DeadLetterBanner({ api, refreshKey, onOpen }: DeadLetterBannerProps) {
  const [letters, setLetters] = useState<DeadLetter[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setLetters(await api.deadLetters());
    } catch {
      // The alert is a convenience: when it cannot load, the failed message still shows in its conversation.
      setLetters([]);
    }
  }, [api]);

  useEffect(() => {
    void load();
  }, [load, refreshKey]);

  async function retry(letter: DeadLetter): Promise<void> {
    setBusy(letter.id);
    setError(null);
    try {
      await api.retry(letter.id, 'letter');
      setLetters((all) => all.filter((l) => l.id !== letter.id));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Could not retry.');
    } finally {
      setBusy(null);
    }
  }

  if (letters.length === 0) return null;
  return (
    <div className="inline-error banner dead-letters" role="alert" data-testid="dead-letter-banner">
      <strong>
        {letters.length === 1 ? '1 reply could not be delivered' : `${letters.length} replies could not be delivered`}
      </strong>
      <ul>
        {letters.slice(0, 5).map((l) => (
          <li key={l.id} data-testid="dead-letter">
            <span>
              {l.customerName ?? 'Customer'} · {channelName(l.channel.split(':')[0] ?? l.channel)}: {l.error}
            </span>
            <button type="button" className="link-button" onClick={() => onOpen(l.conversationId)}>
              Open
            </button>
            <button type="button" className="link-button" data-testid="dead-letter-retry" disabled={busy !== null} onClick={() => void retry(l)}>
              {busy === l.id ? 'Retrying…' : 'Retry'}
            </button>
          </li>
        ))}
      </ul>
      {error && <span>{error}</span>}
    </div>
  );
}
