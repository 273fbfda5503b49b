// The Kubernetes manifests in deploy/ stay consistent with the code they deploy: every variable they
// set is one the config accepts (with a valid value), the probes answer on a running server, and the
// Service, autoscaler and disruption budget point at the Deployment's pods.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { configSchema, loadConfig } from '../src/runtime/config.js';
import { fromRoot } from '../src/runtime/paths.js';
import { startHarness, type Harness } from './support/harness.js';

interface Manifest {
  kind: string;
  metadata: { name: string };
  spec: Record<string, any>;
}

const dir = fromRoot('deploy', 'kubernetes');
const manifests: Manifest[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml')
  .flatMap((f) => parseAllDocuments(readFileSync(`${dir}/${f}`, 'utf8')).map((d) => d.toJS() as Manifest));
const byKind = (kind: string) => manifests.find((m) => m.kind === kind)!;
const deployment = byKind('Deployment');
const container = deployment.spec.template.spec.containers[0];

describe('deploy/kubernetes', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('sqlite');
  });
  afterAll(() => h.close());

  it('lists every manifest in its kustomization', () => {
    const k = parseAllDocuments(readFileSync(`${dir}/kustomization.yaml`, 'utf8'))[0]!.toJS() as { resources: string[] };
    expect(k.resources.sort()).toEqual(['deployment.yaml', 'hpa.yaml', 'pdb.yaml', 'service.yaml']);
  });

  it('sets only configuration variables the server accepts, with values it accepts', () => {
    const secret = byKind('Secret') as unknown as { metadata: { name: string }; stringData: Record<string, string> };
    const env: Record<string, string> = {};
    for (const e of container.env as Array<{ name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }>) {
      expect(Object.keys(configSchema.shape)).toContain(e.name);
      if (e.valueFrom) {
        expect(e.valueFrom.secretKeyRef.name).toBe(secret.metadata.name);
        env[e.name] = secret.stringData[e.valueFrom.secretKeyRef.key]!;
      } else env[e.name] = e.value!;
    }
    const config = loadConfig(env);
    expect(config.mode).toBe('scale-out');
    expect(config.PORT).toBe(container.ports[0].containerPort);
    expect(config.SEED_DEMO).toBe(false);
  });

  it('probes paths that answer 200 on a running server', async () => {
    for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
      const res = await fetch(h.url + container[probe].httpGet.path);
      expect(res.status, probe).toBe(200);
    }
  });

  it('points the Service, autoscaler and disruption budget at the Deployment', () => {
    const labels = deployment.spec.template.metadata.labels;
    expect(deployment.spec.selector.matchLabels).toEqual(labels);
    expect(byKind('Service').spec.selector).toEqual(labels);
    expect(byKind('PodDisruptionBudget').spec.selector.matchLabels).toEqual(labels);
    expect(byKind('HorizontalPodAutoscaler').spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name });
    expect(byKind('Service').spec.ports[0].targetPort).toBe(container.ports[0].name);
  });
});
