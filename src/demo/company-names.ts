/**
 * Invented company and school names: coined words (`Quorvia Health`), compounds (`Ironbrook
 * Logistics`), partner names (`Okafor & Lind Advisory`) and legal forms, some after a comma
 * (`Tessaro Systems, Inc.`) so the Company column needs quoting as in real exports. None is meant
 * to be a real organisation.
 */
import { INDUSTRIES, type IndustryKey } from './industries.js';
import type { Rng } from './rng.js';

export interface Company {
  name: string;
  industry: IndustryKey;
}

const ONSETS = [
  'Vel',
  'Quor',
  'Zen',
  'Tal',
  'Mir',
  'Nov',
  'Cor',
  'Lum',
  'Ar',
  'Bri',
  'Cal',
  'Dex',
  'El',
  'Fen',
  'Gal',
  'Hal',
  'Ix',
  'Jor',
  'Kel',
  'Lyr',
  'Mor',
  'Nex',
  'Ol',
  'Pra',
  'Riv',
  'Sol',
  'Tor',
  'Ul',
  'Ver',
  'Wyn',
  'Xan',
  'Yor',
  'Zor',
  'Bel',
  'Cin',
  'Dar',
  'Eon',
  'Fal',
  'Gri',
  'Tess',
] as const;
const MIDDLES = ['a', 'e', 'i', 'o', 'u', 'ia', 'eo', 'ar', 'en', 'or', 'il', 'an'] as const;
const ENDINGS = [
  'tix',
  'via',
  'nova',
  'lytics',
  'ra',
  'x',
  'ium',
  'ara',
  'on',
  'is',
  'ent',
  'ify',
  'ly',
  'wave',
  'forge',
  'loop',
  'stack',
  'grid',
  'bit',
  'io',
  'ova',
  'ique',
  'eon',
  'ant',
] as const;
const COMPOUND_FIRST = [
  'Blue',
  'Silver',
  'Bright',
  'North',
  'Red',
  'Green',
  'Iron',
  'Clear',
  'Swift',
  'Golden',
  'Stone',
  'Wild',
  'High',
  'True',
  'Open',
  'Deep',
  'Cedar',
  'Maple',
  'Harbor',
  'Summit',
  'River',
  'Pine',
  'Oak',
  'Falcon',
  'Fox',
  'Lark',
  'Wren',
  'Birch',
  'Copper',
  'Amber',
] as const;
const COMPOUND_SECOND = [
  'field',
  'gate',
  'point',
  'stone',
  'bridge',
  'path',
  'line',
  'light',
  'wood',
  'brook',
  'peak',
  'ridge',
  'leaf',
  'wave',
  'mark',
  'works',
] as const;
const PARTNER_NAMES = [
  'Okafor',
  'Lind',
  'Hartmann',
  'Delgado',
  'Whitcombe',
  'Ashby',
  'Moreau',
  'Castell',
  'Brandt',
  'Kaur',
  'Vance',
  'Ferreira',
  'Osei',
  'Lowell',
  'Sandoval',
  'Thorne',
] as const;
const LEGAL_FORMS = [
  ', Inc.',
  ', LLC',
  ' GmbH',
  ' Ltd',
  ' S.A.',
  ' B.V.',
  ' AG',
  ' SAS',
  ', Inc',
  ' Ltd.',
] as const;
const PLACE_ENDINGS = ['ford', 'ton', 'field', 'bridge', 'haven', 'mouth', 'wick', 'dale'] as const;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function coinWord(rng: Rng): string {
  return `${rng.pick(ONSETS)}${rng.pick(MIDDLES)}${rng.pick(ENDINGS)}`;
}

/** An invented town name (`Marlowford`), for schools and addresses. */
export function inventPlaceName(rng: Rng): string {
  const stem = rng.chance(0.5) ? rng.pick(COMPOUND_FIRST) : rng.pick(PARTNER_NAMES);
  return `${stem}${rng.pick(PLACE_ENDINGS)}`;
}

function inventSchoolName(rng: Rng): string {
  const place = inventPlaceName(rng);
  const pattern = rng.next();
  if (pattern < 0.4) return `University of ${place}`;
  if (pattern < 0.6) return `${place} Institute of Technology`;
  if (pattern < 0.75) return `${place} College`;
  if (pattern < 0.85) return `Universidad de ${place}`;
  if (pattern < 0.93) return `Hochschule ${place}`;
  return `${place} School of Business`;
}

function inventBusinessName(rng: Rng, industry: IndustryKey): string {
  const pattern = rng.next();
  let stem: string;
  if (pattern < 0.55) stem = capitalise(coinWord(rng));
  else if (pattern < 0.85) {
    const first = rng.pick(COMPOUND_FIRST);
    const second = rng.pick(COMPOUND_SECOND);
    stem = rng.chance(0.6) ? `${first}${second}` : `${first} ${capitalise(second)}`;
  } else {
    let second = rng.pick(PARTNER_NAMES);
    const first = rng.pick(PARTNER_NAMES);
    if (second === first) second = 'Lowell';
    stem = `${first} & ${second}`;
  }
  const ending = rng.pick(INDUSTRIES[industry].nameEndings);
  const form = rng.next();
  if (form < 0.72) return `${stem} ${ending}`;
  if (form < 0.86) return `${stem}${rng.pick(LEGAL_FORMS)}`;
  if (form < 0.94) return `${stem} ${ending}${rng.pick(LEGAL_FORMS)}`;
  return stem;
}

export interface CompanyNamer {
  /**
   * A company whose name no earlier call returned (within a bounded number of tries). In
   * education most are schools; `isBusiness` asks for a company name (a start-up, a publisher).
   */
  invent(rng: Rng, industry: IndustryKey, isBusiness?: boolean): Company;
}

export function createCompanyNamer(): CompanyNamer {
  const used = new Set<string>();
  return {
    invent(rng, industry, isBusiness = false) {
      const make =
        industry === 'education' && !isBusiness && rng.chance(0.7) ? inventSchoolName : undefined;
      let name = '';
      for (let attempt = 0; attempt < 12; attempt++) {
        name = make ? make(rng) : inventBusinessName(rng, industry);
        if (!used.has(name)) break;
      }
      used.add(name);
      return { name, industry };
    },
  };
}

/**
 * A school, always named like one (students' universities). `isUniversity` asks for one that
 * grants degrees like the owner's (no business school or college).
 */
export function inventSchool(rng: Rng, namer: CompanyNamer, isUniversity = false): Company {
  const pattern = isUniversity
    ? /University|Institute|Universidad|Hochschule/
    : /University|Institute|College|Universidad|Hochschule|School/;
  for (let attempt = 0; attempt < 20; attempt++) {
    const company = namer.invent(rng, 'education');
    if (pattern.test(company.name)) return company;
  }
  return { name: `University of ${inventPlaceName(rng)}`, industry: 'education' };
}
