// Prometheus metrics (prom-client), one registry per app instance so tests can run several side by side.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  messagesAccepted: Counter;
  messagesDuplicate: Counter;
  messagesAnswered: Counter;
  shed: Counter<'reason'>;
  pipelineLatency: Histogram;
  outboxDelivered: Counter<'result'>;
  backlog: Gauge;
  websocketClients: Gauge<'kind'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'peakdesk_' });
  return {
    registry,
    messagesAccepted: new Counter({ name: 'peakdesk_messages_accepted_total', help: 'Inbound messages stored', registers: [registry] }),
    messagesDuplicate: new Counter({ name: 'peakdesk_messages_duplicate_total', help: 'Inbound messages recognised as retries', registers: [registry] }),
    messagesAnswered: new Counter({ name: 'peakdesk_messages_answered_total', help: 'Inbound messages the pipeline finished', registers: [registry] }),
    shed: new Counter({ name: 'peakdesk_requests_shed_total', help: 'Requests refused under overload', labelNames: ['reason'], registers: [registry] }),
    pipelineLatency: new Histogram({
      name: 'peakdesk_pipeline_latency_seconds',
      help: 'From message accepted to answer committed',
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    outboxDelivered: new Counter({ name: 'peakdesk_outbox_deliveries_total', help: 'Webhook delivery attempts', labelNames: ['result'], registers: [registry] }),
    backlog: new Gauge({ name: 'peakdesk_pipeline_backlog', help: 'Conversations waiting for the pipeline', registers: [registry] }),
    websocketClients: new Gauge({ name: 'peakdesk_websocket_clients', help: 'Open websocket connections', labelNames: ['kind'], registers: [registry] }),
  };
}
