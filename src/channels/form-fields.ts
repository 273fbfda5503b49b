// The fields an admin fills in to connect an account of a channel type, read from the channel's own
// zod schemas (as JSON Schema), so the console's form never drifts from what the server validates.
import { z } from 'zod';
import { channelDefinition, channelTypes } from './registry.js';

export interface FormField {
  name: string;
  /** 'string' | 'number' | 'boolean' | 'array' … as in JSON Schema. */
  type: string;
  required: boolean;
  description?: string;
}

export interface ChannelForm {
  type: string;
  title: string;
  receivesWebhooks: boolean;
  config: FormField[];
  secrets: FormField[];
  /** Secrets the server generates when left empty. */
  generated: string[];
}

export function fieldsOf(schema: z.ZodType): FormField[] {
  let json: { properties?: Record<string, { type?: string | string[]; description?: string }>; required?: string[] };
  try {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as typeof json;
  } catch {
    return [];
  }
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, p]) => ({
    name,
    type: Array.isArray(p.type) ? (p.type.find((t) => t !== 'null') ?? 'string') : (p.type ?? 'string'),
    required: required.has(name),
    ...(p.description ? { description: p.description } : {}),
  }));
}

export function channelForms(): ChannelForm[] {
  return channelTypes().map((type) => {
    const def = channelDefinition(type)!;
    return {
      type,
      title: def.title,
      receivesWebhooks: def.receivesWebhooks !== false,
      config: fieldsOf(def.configSchema),
      secrets: fieldsOf(def.secretsSchema),
      generated: Object.keys(def.generatedSecrets?.() ?? {}),
    };
  });
}
