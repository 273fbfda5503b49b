// The returns on file for one order, inside its order card: RMA, state, items, label link, refund.
import type { OrderItem, Return } from '../../../../src/commerce/types.js';
import { returnLines } from './return-lines.js';

type Money = { amountMinor: number; currency: string };

/** `money` is the order card's own formatter, so amounts read the same across the card. */
export function OrderReturns({ returns, items, money }: { returns: Return[]; items: OrderItem[]; money(m: Money): string }) {
  if (returns.length === 0) return null;
  return (
    <div className="order-returns" data-testid="order-returns">
      <h4>Returns</h4>
      <ul>
        {returnLines(returns, items).map((r) => (
          <li key={r.rma} data-testid="order-return">
            <strong>{r.rma}</strong> <span className={r.open ? 'badge' : 'badge muted'}>{r.state}</span>
            {r.items.length > 0 && <span className="muted"> · {r.items.join(', ')}</span>}
            {r.refunded && <span> · refunded {money(r.refunded)}</span>}
            {r.labelHref && (
              <>
                {' · '}
                <a href={r.labelHref} target="_blank" rel="noreferrer">
                  return label
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
