// A demo shop to talk to: the generated store written to a real SQLite store, the built-in intent
// model with the shop's catalog and order format, and a Conversation that runs turns through the
// real respond() exactly as the pipeline does (state carried between turns). Shared by the
// conversation tests and the resolution benchmark.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoStore } from '../../src/commerce/demo/index.js';
import { RecordsReader, writeRecords, type CommerceReader } from '../../src/commerce/records.js';
import { demoRecords } from '../../src/commerce/tenant-setup.js';
import type { DemoStoreData } from '../../src/commerce/types.js';
import type { DialogState } from '../../src/dialog/dialog-state.js';
import { respond, type TurnOutput, type Understander } from '../../src/dialog/respond.js';
import { buildCatalogIndex, createNlu, loadIntentPack, trainIntentModel } from '../../src/nlu/index.js';
import type { StoreActions } from '../../src/skills/store-actions.js';
import { SqlStoreActions } from '../../src/skills/sql-store-actions.js';
import { migrate, openStore, type Store } from '../../src/store/database.js';

/** Every demo date is relative to this moment; tests and the benchmark talk to the shop "now". */
export const DEMO_NOW = new Date('2026-12-07T04:00:00Z');
export const TENANT = 'ten_demo_conversations';

export interface DemoShop {
  data: DemoStoreData;
  store: Store;
  reader: CommerceReader;
  actions: StoreActions;
  nlu: Understander;
  close(): Promise<void>;
}

export async function openDemoShop(): Promise<DemoShop> {
  const dir = mkdtempSync(join(tmpdir(), 'peakdesk-demo-shop-'));
  const store = openStore({ dataDir: dir });
  await migrate(store);
  const data = generateDemoStore({ now: DEMO_NOW });
  await writeRecords(store.db, TENANT, demoRecords(data));
  const model = trainIntentModel(loadIntentPack({ split: 'train' }), { seed: 1 });
  const nlu = createNlu({
    model,
    catalog: buildCatalogIndex(data.products),
    orderNumberPatterns: [new RegExp(data.shop.orderNumberPattern.replace(/^\^|\$$/g, ''), 'i')],
    timeZone: data.shop.timezone,
  });
  return {
    data,
    store,
    reader: new RecordsReader(store.db),
    actions: new SqlStoreActions(store.db),
    nlu,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ConversationOptions {
  customer?: { email?: string | null; phone?: string | null; locale?: string | null };
  /** Replaces the shop's reader (e.g. one whose store API is down). */
  reader?: CommerceReader;
  now?: number;
}

/** One shopper's chat: each say() is one inbound message answered by respond(). */
export class Conversation {
  state: DialogState = {};
  handler: 'bot' | 'human' = 'bot';
  language: string | null = null;
  readonly turns: TurnOutput[] = [];
  private now: number;

  constructor(private readonly shop: DemoShop, private readonly opts: ConversationOptions = {}) {
    this.now = opts.now ?? DEMO_NOW.getTime();
  }

  async say(text: string): Promise<TurnOutput & { text: string }> {
    const turn = await respond({
      tenantId: TENANT,
      shop: this.shop.data.shop,
      text,
      state: this.state,
      handler: this.handler,
      customer: { email: this.opts.customer?.email ?? null, name: null, locale: this.opts.customer?.locale ?? null, phone: this.opts.customer?.phone ?? null },
      previousLanguage: this.language,
      nlu: this.shop.nlu,
      reader: this.opts.reader ?? this.shop.reader,
      actions: this.shop.actions,
      now: this.now,
    });
    this.now += 20_000;
    this.state = turn.state;
    this.language = turn.understanding.language;
    if (turn.handoff) this.handler = 'human';
    this.turns.push(turn);
    return { ...turn, text: turn.replies.map((r) => r.text).join('\n') };
  }

  /** Moves the clock, e.g. past the topic timeout. */
  wait(ms: number): void {
    this.now += ms;
  }
}

/** A reader whose every call fails, as when the store's API and its cache are unreachable. */
export function unreachableReader(): CommerceReader {
  const down = async (): Promise<never> => {
    throw new Error('connect ECONNREFUSED 127.0.0.1:443');
  };
  return {
    orderByNumber: down, shipments: down, articles: down, products: down, returnPolicy: down, shipmentByTracking: down,
    recentOrders: down, customer: down, customerByEmail: down, promotions: down, coupons: down, promotionScripts: down, returnsForOrder: down,
  };
}
