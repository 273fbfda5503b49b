// The first step of every channel's webhook parser: the raw body as JSON, checked against the
// platform's schema, with a reason naming the first problem (logged with the 400).
import type { z } from 'zod';

/** "path message" of a zod error's first issue. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.join('.')} ${issue.message}`;
}

export function parseJsonBody<T extends z.ZodType>(body: Buffer, schema: T, what: string): { ok: true; data: z.infer<T> } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return { ok: false, reason: 'body is not JSON' };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: `not a ${what}: ${firstIssue(parsed.error)}` };
}
