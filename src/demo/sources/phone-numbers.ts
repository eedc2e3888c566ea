/**
 * Invented phone numbers in ranges reserved for fiction (NANP 555-0100 to 555-0199 in each area
 * code, Ofcom's drama range 07700 900000 to 900999), so none can ring anybody, and the ways
 * address books, Google and WhatsApp write the same number (docs/formats.md sections 2-4).
 */
import type { Rng } from '../rng.js';

export interface PhoneNumber {
  country: 'US' | 'GB';
  /** E.164 digits with the plus: `+15125550143`. */
  e164: string;
  areaCode: string;
  local: string;
}

/** Area codes of the owner's cities and of the cities friends moved to (design choice). */
const NANP_AREA_CODES = ['512', '303', '416', '212', '415', '617', '206', '312', '720', '737'];

/** Numbers handed out without repeats, shuffled by the seed. */
export interface PhonePool {
  take(country: 'US' | 'GB'): PhoneNumber;
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
  return items;
}

/** `taken` holds numbers already used (the owner's own), in any spelling. */
export function createPhonePool(rng: Rng, taken: readonly string[]): PhonePool {
  const used = new Set(taken.map((t) => `+${t.replace(/\D/g, '')}`));
  const us: PhoneNumber[] = [];
  for (const area of NANP_AREA_CODES) {
    for (let n = 100; n <= 199; n++) {
      us.push({ country: 'US', e164: `+1${area}5550${n}`, areaCode: area, local: `5550${n}` });
    }
  }
  const gb: PhoneNumber[] = [];
  for (let n = 0; n <= 999; n++) {
    const local = `900${String(n).padStart(3, '0')}`;
    gb.push({ country: 'GB', e164: `+447700${local}`, areaCode: '7700', local });
  }
  const pools = {
    US: shuffle(rng, us).filter((p) => !used.has(p.e164)),
    GB: shuffle(rng, gb).filter((p) => !used.has(p.e164)),
  };
  return {
    take(country) {
      const number = pools[country].pop();
      if (!number) throw new Error(`the fictional ${country} phone range is used up`);
      return number;
    },
  };
}

/** iPhone's address book: national for numbers of the owner's country (`(512) 555-0143`). */
export function formatPhoneBookNumber(phone: PhoneNumber, ownerCountry: 'US' | 'GB'): string {
  if (phone.country === 'US') {
    const national = `(${phone.areaCode}) ${phone.local.slice(0, 3)}-${phone.local.slice(3)}`;
    return ownerCountry === 'US' ? national : `+1 ${national}`;
  }
  // Written international even at home: libphonenumber does not take the drama range as valid,
  // so only the international form keeps the same digits in every source.
  return `+44 ${phone.areaCode} ${phone.local}`;
}

/** Google Contacts stores what was typed or synced; E.164 is common (`+15125550143`). */
export function formatGoogleNumber(phone: PhoneNumber): string {
  return phone.e164;
}

/** WhatsApp shows an unsaved number with its country code: `+1 512-555-0143`, `+44 7700 900123`. */
export function formatWhatsAppNumber(phone: PhoneNumber): string {
  if (phone.country === 'US') {
    return `+1 ${phone.areaCode}-${phone.local.slice(0, 3)}-${phone.local.slice(3)}`;
  }
  return `+44 ${phone.areaCode} ${phone.local}`;
}
