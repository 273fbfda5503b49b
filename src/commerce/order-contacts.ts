// The normalised e-mail and phone an order is found by when a shopper asks for "my orders" without a
// number: one definition for the cache writer, the migration's back-fill and the reader's query.

/** Lower-cased e-mail, or null when the order has none. */
export function contactEmail(email: unknown): string | null {
  return typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : null;
}

/**
 * The digits only ("+65 9709 8708" and "+6597098708" are one line); null under eight digits. All of
 * them, not a suffix: listing orders must never match someone else's number in another country.
 */
export function contactPhone(phone: unknown): string | null {
  if (typeof phone !== 'string') return null;
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 8 ? digits : null;
}

export function orderContactColumns(order: { email?: unknown; phone?: unknown; placedAt?: unknown }): { contact_email: string | null; contact_phone: string | null; placed_at: string | null } {
  return {
    contact_email: contactEmail(order.email),
    contact_phone: contactPhone(order.phone),
    placed_at: typeof order.placedAt === 'string' ? order.placedAt : null,
  };
}
