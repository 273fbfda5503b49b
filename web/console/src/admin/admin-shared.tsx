// What every admin page shares: the status line under the page title and the "run, reload, report"
// wrapper around each change, so a server's 4xx message reaches the admin as written.
import { useCallback, useState, type FormEvent } from 'react';
import { ApiError } from '../api/http.js';

export type Status = { ok: boolean; text: string } | null;

export const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : e instanceof Error ? e.message : String(e));
export const splitList = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

export function useAdminAction(reload: () => Promise<void>) {
  const [status, setStatus] = useState<Status>(null);
  const run = useCallback(
    /** `what` names the thing saved ("Team" → "Team saved."); a full sentence (ending in ".") is shown as it is. */
    (what: string, fn: () => Promise<void>) => async (event?: FormEvent) => {
      event?.preventDefault();
      try {
        await fn();
        await reload();
        setStatus({ ok: true, text: what.endsWith('.') ? what : `${what} saved.` });
      } catch (e) {
        setStatus({ ok: false, text: messageOf(e) });
      }
    },
    [reload],
  );
  return { status, setStatus, run };
}

export function StatusLine({ status }: { status: Status }) {
  if (!status) return null;
  return (
    <p role="status" data-testid="admin-status" className={status.ok ? 'ok-note' : 'inline-error'}>
      {status.text}
    </p>
  );
}
