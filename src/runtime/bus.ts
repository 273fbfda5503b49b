// The event bus: every stage emits events (message.created, conversation.updated, …) that feed
// realtime updates and other listeners. In-process in embedded mode; Redis pub/sub across replicas.
import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import type { WireConversation, WireMessage } from '../api/protocol.js';
import type { Logger } from './logger.js';

export type BusEvent =
  | { type: 'message.created'; tenantId: string; message: WireMessage }
  /** An existing message changed (its delivery status): consoles replace their copy. */
  | { type: 'message.updated'; tenantId: string; message: WireMessage }
  | { type: 'conversation.updated'; tenantId: string; conversation: WireConversation }
  | { type: 'pipeline.wake'; tenantId: string }
  /** Team membership changed: consoles re-read who may see which private queue. */
  | { type: 'teams.changed'; tenantId: string };

export interface Bus {
  publish(events: BusEvent[]): void;
  subscribe(handler: (event: BusEvent) => void): () => void;
  close(): Promise<void>;
}

export class InProcessBus implements Bus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(events: BusEvent[]): void {
    for (const e of events) this.emitter.emit('event', e);
  }

  subscribe(handler: (event: BusEvent) => void): () => void {
    this.emitter.on('event', handler);
    return () => this.emitter.off('event', handler);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

const CHANNEL = 'peakdesk:events';

/** Redis pub/sub: events published by any replica reach every replica's subscribers. */
export class RedisBus implements Bus {
  private readonly local = new InProcessBus();
  private readonly pub: Redis;
  private readonly sub: Redis;

  private constructor(url: string, private readonly log: Logger) {
    this.pub = new Redis(url, { maxRetriesPerRequest: 2, enableAutoPipelining: true, lazyConnect: true });
    this.sub = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true });
    this.sub.on('message', (_channel: string, payload: string) => {
      try {
        this.local.publish(JSON.parse(payload) as BusEvent[]);
      } catch (err) {
        this.log.warn({ err }, 'dropped a malformed bus payload');
      }
    });
    for (const c of [this.pub, this.sub]) c.on('error', (err) => this.log.warn({ err: err.message }, 'redis connection error'));
  }

  static async connect(url: string, log: Logger): Promise<RedisBus> {
    const bus = new RedisBus(url, log);
    await Promise.all([bus.pub.connect(), bus.sub.connect()]);
    await bus.sub.subscribe(CHANNEL);
    return bus;
  }

  publish(events: BusEvent[]): void {
    if (events.length === 0) return;
    this.pub.publish(CHANNEL, JSON.stringify(events)).catch((err: Error) => {
      this.log.warn({ err: err.message }, 'bus publish failed; clients will catch up on reconnect');
    });
  }

  subscribe(handler: (event: BusEvent) => void): () => void {
    return this.local.subscribe(handler);
  }

  async ping(): Promise<boolean> {
    return (await this.pub.ping()) === 'PONG';
  }

  async close(): Promise<void> {
    await this.local.close();
    this.sub.disconnect();
    this.pub.disconnect();
  }
}
