// Operational endpoints: liveness, readiness with its checks, Prometheus metrics that move.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, eventually, startHarness, type Harness } from './support/harness.js';

describe.each(backends())('health and metrics (%s)', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(backend);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers liveness and readiness with the checks it made', async () => {
    expect(await (await fetch(h.url + '/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await fetch(h.url + '/readyz');
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { status: string; checks: Record<string, boolean> };
    expect(body.status).toBe('ready');
    expect(body.checks).toMatchObject({ database: true, model: true, ...(backend === 'postgres' && process.env.REDIS_URL ? { redis: true } : {}) });
  });

  it('exposes Prometheus metrics that count the traffic', async () => {
    const res = await fetch(h.url + '/api/v1/messages', {
      method: 'POST',
      headers: { authorization: `Bearer ${h.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ customer: { externalId: 'metrics-1' }, text: 'hello' }),
    });
    expect(res.status).toBe(202);
    const text = await eventually(async () => {
      const t = await (await fetch(h.url + '/metrics')).text();
      return /^peakdesk_messages_answered_total [1-9]/m.test(t) ? t : undefined;
    });
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(text).toMatch(/^peakdesk_messages_accepted_total [1-9]/m);
    expect(text).toMatch(/^peakdesk_pipeline_latency_seconds_bucket\{le="0\.05"\} /m);
    expect(text).toContain('# TYPE peakdesk_requests_shed_total counter');
  });
});
