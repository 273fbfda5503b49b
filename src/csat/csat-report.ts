// The tenant's satisfaction figures over a period: questions asked, answers, average rating and how
// the ratings spread over 1–5.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

export interface CsatReport {
  from: string;
  to: string;
  requested: number;
  count: number;
  /** Mean rating, two decimals; null without answers. */
  average: number | null;
  /** Answers per rating, index 0 = one star. */
  distribution: [number, number, number, number, number];
}

export async function csatReport(db: Kysely<Database>, tenantId: string, from: number, to: number): Promise<CsatReport> {
  const rows = await db
    .selectFrom('csat_requests')
    .select(['rating', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('tenant_id', '=', tenantId)
    .where('requested_at', '>=', from)
    .where('requested_at', '<', to)
    .groupBy('rating')
    .execute();
  const distribution: CsatReport['distribution'] = [0, 0, 0, 0, 0];
  let requested = 0;
  for (const r of rows) {
    const n = Number(r.n);
    requested += n;
    if (r.rating !== null && r.rating >= 1 && r.rating <= 5) distribution[r.rating - 1] = distribution[r.rating - 1]! + n;
  }
  const count = distribution.reduce((a, b) => a + b, 0);
  const sum = distribution.reduce((a, n, i) => a + n * (i + 1), 0);
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), requested, count, average: count === 0 ? null : Math.round((sum / count) * 100) / 100, distribution };
}
