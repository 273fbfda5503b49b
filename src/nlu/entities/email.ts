// E-mail addresses, lower-cased as the canonical value.
import type { Entity } from '../types.js';
import { entityFromMatch } from './entity-span.js';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

export function extractEmails(text: string): Entity[] {
  return Array.from(text.matchAll(EMAIL), (m) => entityFromMatch('email', m[0].toLowerCase(), m[0], m.index!));
}
