/**
 * NAICS 2022 sectors (the 2-digit level, with the three ranged sectors 31-33, 44-45 and 48-49)
 * and the digital / less digital split of docs/science.md section 1.
 *
 * Rajkumar et al. (2022) split LinkedIn members at the top 25 % vs bottom 75 % of NAICS 2-digit
 * industries ranked on IT intensity, software use, suitability for machine learning and for AI,
 * robotisation and ability to work from home [V]; their code (Fig 4 script in
 * rajkumarkarthik/weak_ties_data_and_code) takes the quartile over members, not over sectors, and
 * the per-sector ranks live in supplementary Tables S15-S16, which weakties has not checked.
 * So which sectors count as digital here is a design choice: the four knowledge-service sectors
 * that sit at the top of every one of those measures in the public sources (Information; Finance
 * and Insurance; Professional, Scientific and Technical Services; Management of Companies). With
 * 20 sectors, four is the top 20 %, the nearest whole-sector cut below the paper's 25 % without
 * guessing a fifth. Educational Services ranks high on working from home but not on IT intensity
 * or robotisation, so it stays in the less digital group. Users can override the list
 * (`TieSettings.industry.digitalSectors`).
 */

export const NAICS_SECTOR_CODES = [
  '11',
  '21',
  '22',
  '23',
  '31-33',
  '42',
  '44-45',
  '48-49',
  '51',
  '52',
  '53',
  '54',
  '55',
  '56',
  '61',
  '62',
  '71',
  '72',
  '81',
  '92',
] as const;

export type NaicsSectorCode = (typeof NAICS_SECTOR_CODES)[number];

export interface NaicsSector {
  code: NaicsSectorCode;
  name: string;
  /** Default class for the industry switch (docs/science.md section 1); see the header. */
  isDigital: boolean;
  /** Why the sector is classed as it is, shown to users who ask. */
  digitalNote: string;
}

const TOP_ON_ALL =
  'top group on IT intensity, software use, ML/AI suitability and working from home (design choice on the paper’s top 25 %)';
const LESS_DIGITAL = 'bottom 75 % (design choice on the paper’s split)';

export const NAICS_SECTORS: readonly NaicsSector[] = [
  {
    code: '11',
    name: 'Agriculture, Forestry, Fishing and Hunting',
    isDigital: false,
    digitalNote: LESS_DIGITAL,
  },
  {
    code: '21',
    name: 'Mining, Quarrying, and Oil and Gas Extraction',
    isDigital: false,
    digitalNote: LESS_DIGITAL,
  },
  { code: '22', name: 'Utilities', isDigital: false, digitalNote: LESS_DIGITAL },
  { code: '23', name: 'Construction', isDigital: false, digitalNote: LESS_DIGITAL },
  { code: '31-33', name: 'Manufacturing', isDigital: false, digitalNote: LESS_DIGITAL },
  { code: '42', name: 'Wholesale Trade', isDigital: false, digitalNote: LESS_DIGITAL },
  { code: '44-45', name: 'Retail Trade', isDigital: false, digitalNote: LESS_DIGITAL },
  {
    code: '48-49',
    name: 'Transportation and Warehousing',
    isDigital: false,
    digitalNote: LESS_DIGITAL,
  },
  { code: '51', name: 'Information', isDigital: true, digitalNote: TOP_ON_ALL },
  { code: '52', name: 'Finance and Insurance', isDigital: true, digitalNote: TOP_ON_ALL },
  {
    code: '53',
    name: 'Real Estate and Rental and Leasing',
    isDigital: false,
    digitalNote: LESS_DIGITAL,
  },
  {
    code: '54',
    name: 'Professional, Scientific, and Technical Services',
    isDigital: true,
    digitalNote: TOP_ON_ALL,
  },
  {
    code: '55',
    name: 'Management of Companies and Enterprises',
    isDigital: true,
    digitalNote: TOP_ON_ALL,
  },
  {
    code: '56',
    name: 'Administrative and Support and Waste Management and Remediation Services',
    isDigital: false,
    digitalNote: LESS_DIGITAL,
  },
  {
    code: '61',
    name: 'Educational Services',
    isDigital: false,
    digitalNote:
      'high on working from home but not on IT intensity or robotisation: kept in the bottom 75 % (design choice)',
  },
  {
    code: '62',
    name: 'Health Care and Social Assistance',
    isDigital: false,
    digitalNote: LESS_DIGITAL,
  },
  {
    code: '71',
    name: 'Arts, Entertainment, and Recreation',
    isDigital: false,
    digitalNote: LESS_DIGITAL,
  },
  {
    code: '72',
    name: 'Accommodation and Food Services',
    isDigital: false,
    digitalNote: LESS_DIGITAL,
  },
  {
    code: '81',
    name: 'Other Services (except Public Administration)',
    isDigital: false,
    digitalNote: LESS_DIGITAL,
  },
  { code: '92', name: 'Public Administration', isDigital: false, digitalNote: LESS_DIGITAL },
];

export const DEFAULT_DIGITAL_SECTORS: readonly NaicsSectorCode[] = NAICS_SECTORS.filter(
  (s) => s.isDigital,
).map((s) => s.code);

const SECTOR_BY_CODE = new Map<string, NaicsSector>(NAICS_SECTORS.map((s) => [s.code, s]));

// The ranged sectors are written by their first two digits in longer codes ("541511", "3254").
const RANGE_START: Record<string, NaicsSectorCode> = {
  '31': '31-33',
  '32': '31-33',
  '33': '31-33',
  '44': '44-45',
  '45': '44-45',
  '48': '48-49',
  '49': '48-49',
};

/**
 * The sector of any NAICS code as people write it: a sector code ("54", "31-33"), a longer code
 * ("541511", "3254"), or one half of a ranged sector ("32", "45"). Undefined for anything else.
 */
export function toNaicsSector(code: string): NaicsSectorCode | undefined {
  const trimmed = code.trim();
  if (SECTOR_BY_CODE.has(trimmed)) return SECTOR_BY_CODE.get(trimmed)?.code;
  if (!/^\d{2,6}$/.test(trimmed)) return undefined;
  const two = trimmed.slice(0, 2);
  return RANGE_START[two] ?? SECTOR_BY_CODE.get(two)?.code;
}

export function isNaicsSectorCode(value: unknown): value is NaicsSectorCode {
  return typeof value === 'string' && SECTOR_BY_CODE.has(value);
}

export function naicsSectorName(code: NaicsSectorCode): string {
  return SECTOR_BY_CODE.get(code)?.name ?? code;
}
