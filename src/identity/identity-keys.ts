// Matching keys for proven identities, so the same e-mail or phone written differently on two channels
// meets itself: e-mails compare lower-cased and trimmed; phones by all their digits in international
// form ("+65 9709 8708", "6597098708" and "0065 9709 8708" are one line). Order ownership matches
// phones more loosely (last nine digits); merging two people is worse than missing a link, so a
// link needs the whole number.
export type IdentityKind = 'email' | 'phone' | 'order';

export interface Proof {
  kind: IdentityKind;
  /** As proven (an e-mail, a phone as written, an order id). */
  value: string;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{1,63}$/;

/** The matching key of a proof, or undefined when it cannot identify anyone. */
export function identityKey(proof: Proof): string | undefined {
  const v = proof.value.trim();
  switch (proof.kind) {
    case 'email': {
      const e = v.toLowerCase();
      return EMAIL.test(e) ? e : undefined;
    }
    case 'phone': {
      const digits = v.replace(/\D/g, '').replace(/^00/, '');
      return digits.length >= 8 && digits.length <= 15 ? digits : undefined;
    }
    case 'order':
      return v.length > 0 && v.length <= 200 ? v : undefined;
  }
}
