/**
 * A contact's industry (NAICS sector) where the evidence allows, with the evidence and a
 * confidence (docs/science.md section 1, industry switch): exports carry no industry for a
 * contact, so it is read from
 * - the user's own data for the company: the user worked there, and the user's profile names the
 *   industry (confidence 0.8);
 * - words of the company name: "Payments", "Bank", "Software", "Diagnostics" (0.7);
 * - the title's function where it belongs to one sector: a nurse works in health care, a teacher
 *   in education (0.5).
 * The strongest evidence wins; two that agree raise the confidence to 0.9. The confidences are
 * design choices (the order: what the user knows, what the company calls itself, what a job
 * title suggests). Pure.
 */
import type { TitleFunction } from '../titles/parse-title.js';
import type { NaicsSectorCode } from './naics-sectors.js';

export interface InferredIndustry {
  sector: NaicsSectorCode;
  confidence: number;
  /** In words: "the company name says Payments", "you worked there (Financial Services)". */
  evidence: string;
}

/**
 * Company-name words and their sector (design choice: the words a company puts in its name to
 * say what it does; the demo's catalogue and common names). Matched as whole words, lowercase.
 */
const NAME_WORDS: readonly (readonly [NaicsSectorCode, readonly string[]])[] = [
  [
    '52',
    [
      'bank',
      'banque',
      'capital',
      'finance',
      'financial',
      'fintech',
      'insurance',
      'invest',
      'investments',
      'ledger',
      'money',
      'pay',
      'payments',
      'credit',
      'wealth',
      'assurance',
    ],
  ],
  [
    '51',
    [
      'software',
      'cloud',
      'ai',
      'data',
      'digital',
      'labs',
      'media',
      'networks',
      'systems',
      'tech',
      'technologies',
      'telecom',
      'analytics',
      'apps',
    ],
  ],
  ['54', ['consulting', 'consultants', 'advisory', 'partners', 'law', 'legal', 'design']],
  [
    '62',
    ['health', 'healthcare', 'hospital', 'clinic', 'diagnostics', 'medical', 'care', 'pharma'],
  ],
  ['61', ['university', 'school', 'college', 'academy', 'institute', 'education', 'learning']],
  ['44-45', ['outfitters', 'retail', 'stores', 'shop', 'market', 'boutique']],
  ['23', ['construction', 'builders', 'building', 'contractors']],
  ['31-33', ['manufacturing', 'industries', 'motors', 'foods', 'chemicals', 'steel', 'works']],
  ['48-49', ['logistics', 'transport', 'freight', 'shipping', 'airlines', 'rail']],
  ['22', ['energy', 'power', 'utilities', 'solar', 'electric']],
  ['72', ['hotels', 'hospitality', 'restaurant', 'restaurants', 'catering']],
  ['53', ['realty', 'properties', 'estate']],
  ['92', ['ministry', 'council', 'government', 'agency']],
];

const SECTOR_OF_WORD = new Map<string, NaicsSectorCode>();
for (const [sector, words] of NAME_WORDS) for (const w of words) SECTOR_OF_WORD.set(w, sector);

/** Title functions that belong to one sector (design choice: the others work anywhere). */
const SECTOR_OF_FUNCTION: Partial<Record<TitleFunction, NaicsSectorCode>> = {
  healthcare: '62',
  education: '61',
  legal: '54',
  consulting: '54',
};

export const INDUSTRY_CONFIDENCE = { ownData: 0.8, name: 0.7, title: 0.5, agreeing: 0.9 };

/** The sector a company name's words name, and the word; undefined when none or two disagree. */
export function sectorFromCompanyName(
  company: string,
): { sector: NaicsSectorCode; word: string } | undefined {
  const words = company
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let found: { sector: NaicsSectorCode; word: string } | undefined;
  // The last matching word decides ("Harbor Peak Money": money), as a name ends with what it is;
  // a later word of another sector replaces an earlier one ("Data Bank": bank).
  for (const word of words) {
    const sector = SECTOR_OF_WORD.get(word);
    if (sector) found = { sector, word };
  }
  return found;
}

export interface IndustryEvidence {
  company: string;
  titleFunction: TitleFunction;
  /** The sector the user's own data gives this company (their employer and profile industry). */
  ownSector?: { sector: NaicsSectorCode; industry: string };
}

export function inferIndustry(input: IndustryEvidence): InferredIndustry | undefined {
  const candidates: InferredIndustry[] = [];
  if (input.ownSector) {
    candidates.push({
      sector: input.ownSector.sector,
      confidence: INDUSTRY_CONFIDENCE.ownData,
      evidence: `you worked at ${input.company.trim()} (${input.ownSector.industry})`,
    });
  }
  const named = sectorFromCompanyName(input.company);
  if (named) {
    candidates.push({
      sector: named.sector,
      confidence: INDUSTRY_CONFIDENCE.name,
      evidence: `the company name says "${named.word}"`,
    });
  }
  const fromTitle = SECTOR_OF_FUNCTION[input.titleFunction];
  if (fromTitle) {
    candidates.push({
      sector: fromTitle,
      confidence: INDUSTRY_CONFIDENCE.title,
      evidence: `a ${input.titleFunction} title`,
    });
  }
  const best = candidates[0];
  if (!best) return undefined;
  const agreeing = candidates.filter((c) => c.sector === best.sector);
  if (agreeing.length > 1) {
    return {
      sector: best.sector,
      confidence: INDUSTRY_CONFIDENCE.agreeing,
      evidence: agreeing.map((c) => c.evidence).join(' and '),
    };
  }
  return best;
}
