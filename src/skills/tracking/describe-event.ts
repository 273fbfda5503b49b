// A carrier event as the shopper reads it: the status in their language (carriers write English),
// the place, and the time in the shopper's own time zone (the destination's), not the warehouse's.
import type { TrackingEvent } from '../../commerce/types.js';
import { render } from '../../reply/render.js';

/** Destination countries the shop ships to → the zone most of their shoppers live in. */
const COUNTRY_ZONES: Record<string, string> = {
  SG: 'Asia/Singapore', MY: 'Asia/Kuala_Lumpur', ID: 'Asia/Jakarta', TH: 'Asia/Bangkok', VN: 'Asia/Ho_Chi_Minh',
  PH: 'Asia/Manila', CN: 'Asia/Shanghai', HK: 'Asia/Hong_Kong', TW: 'Asia/Taipei', JP: 'Asia/Tokyo', KR: 'Asia/Seoul',
  AE: 'Asia/Dubai', SA: 'Asia/Riyadh', AU: 'Australia/Sydney', NZ: 'Pacific/Auckland', GB: 'Europe/London',
  ES: 'Europe/Madrid', PT: 'Europe/Lisbon', FR: 'Europe/Paris', DE: 'Europe/Berlin', US: 'America/New_York',
  CA: 'America/Toronto', MX: 'America/Mexico_City', BR: 'America/Sao_Paulo', IN: 'Asia/Kolkata',
};

export function shopperTimeZone(country: string | undefined, fallback: string): string {
  return (country && COUNTRY_ZONES[country.toUpperCase()]) ?? fallback;
}

export function formatDateTime(iso: string, lang: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
  } catch {
    return iso.replace('T', ' ').slice(0, 16);
  }
}

export function describeEvent(event: TrackingEvent, lang: string, timeZone: string): string {
  return render(lang, 'track_event', {
    status: render(lang, `status_${event.status}`),
    location: event.location,
    time: formatDateTime(event.at, lang, timeZone),
  });
}
