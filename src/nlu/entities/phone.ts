// Phone numbers via libphonenumber-js (maintained port of Google's libphonenumber), with the
// country guessed from the message language when the number has no +country prefix.
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import type { Entity, Language } from '../types.js';
import { entityFromMatch } from './entity-span.js';

const COUNTRY_BY_LANGUAGE: Record<Language, CountryCode> = {
  en: 'US', 'zh-Hans': 'CN', 'zh-Hant': 'TW', id: 'ID', ms: 'MY', th: 'TH', vi: 'VN', fil: 'PH', es: 'ES',
  pt: 'BR', ja: 'JP', ko: 'KR', ar: 'SA',
};

/** At least seven digits, possibly spaced or punctuated: no phone number is shorter. */
const ENOUGH_DIGITS = /\d(?:[\s\-.()/]*\d){6}/;

export function extractPhones(text: string, language: Language | undefined): Entity[] {
  // libphonenumber's scan costs ~18 µs a message; most messages have no number at all.
  if (!ENOUGH_DIGITS.test(text)) return [];
  const defaultCountry = language ? COUNTRY_BY_LANGUAGE[language] : undefined;
  const found = defaultCountry ? findPhoneNumbersInText(text, defaultCountry) : findPhoneNumbersInText(text);
  return found.map((f) =>
    entityFromMatch('phone', f.number.number, text.slice(f.startsAt, f.endsAt), f.startsAt, {
      country: f.number.country ?? '',
    }),
  );
}
