// The shop's customer base: shoppers from every market with names, e-mails, mobile numbers and
// a default address. Order history, spend and VIP status are filled in once orders exist.
import type { Address, Customer } from '../types.js';
import { randomAddress } from './addresses.js';
import { addDays, iso } from './dates.js';
import { MARKETS, languageOfLocale, type Market } from './markets.js';
import { personName, type PersonName } from './people-names.js';
import { mobileNumber } from './phone-numbers.js';
import type { Random } from './random.js';

export interface CustomerProfile {
  customer: Customer;
  market: Market;
  address: Address;
  /** How often this shopper orders, relative to others: a few buy a lot, most buy now and then. */
  appetite: number;
}

// Reserved example domains (RFC 2606): demo data must never reach a real inbox.
const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org'];

function emailLocalPart(name: PersonName, random: Random): string {
  const { given, family } = name;
  const digits = String(random.int(1, 99)).padStart(2, '0');
  return random.weighted([
    [`${given}.${family}`, 4],
    [`${given}${family}`, 2],
    [`${given}.${family}${digits}`, 3],
    [`${family}.${given}`, 1],
    [`${given}_${family}${random.int(80, 99)}`, 1],
    [`${given.slice(0, 1)}${family}`, 1],
  ]);
}

function uniqueEmail(name: PersonName, taken: Set<string>, random: Random): string {
  const domain = random.pick(EMAIL_DOMAINS);
  let local = emailLocalPart(name, random);
  while (taken.has(`${local}@${domain}`)) local += String(random.int(0, 9));
  const email = `${local}@${domain}`;
  taken.add(email);
  return email;
}

export function generateCustomers(count: number, now: Date, random: Random): CustomerProfile[] {
  const takenEmails = new Set<string>();
  const takenPhones = new Set<string>();
  // One shopper from every market first, so small markets are never missing from the demo.
  const markets = [...MARKETS, ...Array.from({ length: count - MARKETS.length }, () =>
    random.weighted(MARKETS.map((market) => [market, market.customerWeight] as const)))];
  return markets.map((market, index) => {
    const locale = random.weighted(market.locales);
    const name = personName(languageOfLocale(locale), market.country, random);
    let phone = mobileNumber(market.country, random);
    while (takenPhones.has(phone)) phone = mobileNumber(market.country, random);
    takenPhones.add(phone);
    const appetite = random.chance(0.07) ? random.float(5, 10) : random.chance(0.3) ? random.float(1.5, 3) : random.float(0.3, 1.2);
    const customer: Customer = {
      id: `cus_${10001 + index}`,
      name: name.display,
      email: uniqueEmail(name, takenEmails, random),
      phone,
      locale,
      country: market.country,
      vip: false,
      tags: random.chance(0.4) ? ['newsletter'] : [],
      createdAt: iso(addDays(now, -random.float(1, 500))),
      lifetimeSpend: { amountMinor: 0, currency: market.currency },
      ordersCount: 0,
    };
    return { customer, market, appetite, address: { name: name.display, ...randomAddress(market.country, random), phone } };
  });
}
