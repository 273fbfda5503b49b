// Checks generated mobile numbers against libphonenumber's full metadata for every market.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { MARKETS } from './markets.js';
import { mobileNumber } from './phone-numbers.js';
import { createRandom } from './random.js';

describe('mobileNumber', () => {
  it('produces valid mobile numbers in E.164 for every market', () => {
    const random = createRandom(5);
    for (const { country } of MARKETS) {
      for (let i = 0; i < 300; i++) {
        const number = mobileNumber(country, random);
        const parsed = parsePhoneNumberFromString(number);
        expect(number).toMatch(/^\+[1-9]\d{7,14}$/);
        expect(parsed?.isValid(), number).toBe(true);
        expect(parsed?.country, number).toBe(country);
        expect(['MOBILE', 'FIXED_LINE_OR_MOBILE'], number).toContain(parsed?.getType());
      }
    }
  });
});
