// Deletes agents' uploads that were never sent in a reply: an upload waits for its reply with
// message_id null, and one abandoned in the reply box would otherwise keep its bytes forever.
// Every replica may run this; a sweep that races a reply is safe because each delete re-checks
// message_id null on the row itself (a claimed upload is skipped, and a reply whose upload was just
// swept fails as "not an unsent upload" and rolls back), and the bytes go in the same transaction.
import type { Kysely } from 'kysely';
import type { Logger } from '../runtime/logger.js';
import { PeriodicJob } from '../runtime/periodic-job.js';
import type { Database } from '../store/schema.js';

export interface UnsentUploadSweeperOptions {
  /** Uploads older than this and still unsent are deleted. */
  ttlMs: number;
  everyMs: number;
  /** Rows deleted per transaction, so a large backlog never holds one long lock. */
  batch: number;
}

export class UnsentUploadSweeper {
  private readonly job: PeriodicJob;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly log: Logger,
    private readonly opts: UnsentUploadSweeperOptions,
  ) {
    this.job = new PeriodicJob(() => this.sweep(), this.opts.everyMs, this.log, 'unsent upload cleanup failed');
  }

  start(): void {
    this.job.start();
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  /** Deletes every unsent upload created before now − ttl, batch by batch; returns how many. */
  async sweep(now = Date.now()): Promise<number> {
    const cutoff = now - this.opts.ttlMs;
    let total = 0;
    for (;;) {
      const n = await this.deleteBatch(cutoff);
      total += n;
      if (n < this.opts.batch) return total;
    }
  }

  private deleteBatch(cutoff: number): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const gone = await trx
        .deleteFrom('media')
        .where('id', 'in', trx.selectFrom('media').select('id').where('direction', '=', 'out').where('message_id', 'is', null).where('created_at', '<', cutoff).limit(this.opts.batch))
        .where('direction', '=', 'out')
        .where('message_id', 'is', null)
        .returning('id')
        .execute();
      if (gone.length > 0) await trx.deleteFrom('media_content').where('media_id', 'in', gone.map((g) => g.id)).execute();
      return gone.length;
    });
  }
}
