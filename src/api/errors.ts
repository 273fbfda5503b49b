// One error shape for every HTTP response: {"error": {"code", "message", "details"?}}. Routes throw
// ApiError; the server's error handler maps validation, parser and size errors onto it, so a client
// never sees a bare 500 for bad input.
import type { z } from 'zod';

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export function fromZod(err: z.ZodError): ApiError {
  const details = err.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }));
  const first = details[0]!;
  return new ApiError(400, 'invalid_request', `${first.path}: ${first.message}`, details);
}

export function parseWith<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw fromZod(r.error);
  return r.data;
}
