// Payload fuzzing for channel parsers: seeded random JSON, random bytes, and valid platform payloads
// mutated at a random path (key dropped, value swapped for another type, strings stretched, NULs and
// lone surrogates inserted). Seeded so a failure reproduces.
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const NASTY_STRINGS = ['', ' ', '\u0000', '\ud800', 'a'.repeat(70_000), '{"a":', '💥'.repeat(3000), '<script>alert(1)</script>', '-1', '1e309', 'null'];

export function randomValue(r: () => number, depth = 0): unknown {
  const kind = Math.floor(r() * (depth > 3 ? 5 : 7));
  switch (kind) {
    case 0:
      return null;
    case 1:
      return r() < 0.5;
    case 2:
      return pick(r, [0, -1, 1.5, 2 ** 53, Number.MAX_SAFE_INTEGER, 1e21, Math.floor(r() * 1e6)]);
    case 3:
      return pick(r, NASTY_STRINGS);
    case 4:
      return Math.random().toString(36).slice(2);
    case 5:
      return Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: Math.floor(r() * 4) }, (_, i) => [pick(r, ['id', 'text', 'message', 'from', 'type', 'entry', 'events', `k${i}`]), randomValue(r, depth + 1)]));
  }
}

type Path = (string | number)[];

function paths(v: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (v && typeof v === 'object') {
    for (const [k, child] of Object.entries(v)) {
      const p = [...prefix, Array.isArray(v) ? Number(k) : k];
      out.push(p);
      paths(child, p, out);
    }
  }
  return out;
}

/** A deep copy of `payload` with one to three random mutations. */
export function mutate(payload: unknown, r: () => number): unknown {
  const copy = structuredClone(payload) as Record<string, unknown>;
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    const all = paths(copy);
    if (all.length === 0) break;
    const path = pick(r, all);
    let parent: any = copy;
    for (const k of path.slice(0, -1)) parent = parent[k];
    const key = path.at(-1)!;
    const op = Math.floor(r() * 4);
    if (op === 0) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (op === 1) parent[key] = randomValue(r);
    else if (op === 2 && typeof parent[key] === 'string') parent[key] = parent[key] + pick(r, NASTY_STRINGS);
    else if (Array.isArray(parent[key])) parent[key] = [...parent[key], ...parent[key]];
    else parent[key] = pick(r, NASTY_STRINGS);
  }
  return copy;
}

export function randomBytes(r: () => number): Buffer {
  return Buffer.from(Array.from({ length: Math.floor(r() * 400) }, () => Math.floor(r() * 256)));
}
