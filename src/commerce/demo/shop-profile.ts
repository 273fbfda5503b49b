// Who the demo shop is: Sunday Harbour, a Singapore lifestyle label shipping across Asia, the Gulf,
// Europe and the Americas. Its voice is warm and unhurried: clothes and homeware for hot cities.
import type { ShopProfile } from '../types.js';
import { CONTENT_LANGUAGES } from './content-languages.js';
import { SHOP_CURRENCIES } from './currencies.js';

export const SHOP_PROFILE: ShopProfile = {
  name: 'Sunday Harbour',
  slug: 'sunday-harbour',
  timezone: 'Asia/Singapore',
  defaultCurrency: 'USD',
  currencies: [...SHOP_CURRENCIES],
  languages: [...CONTENT_LANGUAGES],
  // A reserved .example domain: a fresh install must never e-mail a real mailbox.
  supportEmail: 'care@sundayharbour.example',
  orderNumberPattern: '^PD-\\d{6}$',
};
