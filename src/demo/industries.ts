/**
 * The industries of the demo network, each with the LinkedIn industry name (the 2022 taxonomy a
 * 2024 export uses: `Software Development`, `IT Services and IT Consulting`, ...) and the words
 * invented company names end with.
 */

export type IndustryKey =
  | 'software'
  | 'fintech'
  | 'healthcare'
  | 'retail'
  | 'consulting'
  | 'manufacturing'
  | 'education'
  | 'logistics'
  | 'media'
  | 'energy'
  | 'public-sector'
  | 'staffing';

export interface Industry {
  key: IndustryKey;
  linkedinName: string;
  /** How often a stranger in the network works in it (relative; design choice). */
  strangerWeight: number;
  nameEndings: readonly string[];
}

export const INDUSTRIES: Record<IndustryKey, Industry> = {
  software: {
    key: 'software',
    linkedinName: 'Software Development',
    strangerWeight: 16,
    nameEndings: ['Labs', 'Software', 'Systems', 'Technologies', 'Cloud', 'AI', 'Data', 'Digital'],
  },
  fintech: {
    key: 'fintech',
    linkedinName: 'Financial Services',
    strangerWeight: 9,
    nameEndings: ['Pay', 'Capital', 'Bank', 'Finance', 'Payments', 'Money', 'Ledger', 'Credit'],
  },
  healthcare: {
    key: 'healthcare',
    linkedinName: 'Hospitals and Health Care',
    strangerWeight: 10,
    nameEndings: ['Health', 'Care', 'Medical', 'Clinics', 'Therapeutics', 'Diagnostics', 'Bio'],
  },
  retail: {
    key: 'retail',
    linkedinName: 'Retail',
    strangerWeight: 8,
    nameEndings: ['Market', 'Stores', 'Retail', 'Goods', 'Outfitters', 'Home', 'Foods'],
  },
  consulting: {
    key: 'consulting',
    linkedinName: 'Business Consulting and Services',
    strangerWeight: 9,
    nameEndings: ['Consulting', 'Partners', 'Advisory', 'Group', 'Associates', 'Strategy'],
  },
  manufacturing: {
    key: 'manufacturing',
    linkedinName: 'Industrial Machinery Manufacturing',
    strangerWeight: 7,
    nameEndings: ['Industries', 'Manufacturing', 'Components', 'Works', 'Robotics', 'Materials'],
  },
  education: {
    key: 'education',
    linkedinName: 'Higher Education',
    strangerWeight: 5,
    nameEndings: ['Academy', 'Learning', 'Institute', 'School', 'Education'],
  },
  logistics: {
    key: 'logistics',
    linkedinName: 'Transportation, Logistics, Supply Chain and Storage',
    strangerWeight: 5,
    nameEndings: ['Logistics', 'Freight', 'Shipping', 'Transport', 'Cargo'],
  },
  media: {
    key: 'media',
    linkedinName: 'Media Production',
    strangerWeight: 4,
    nameEndings: ['Media', 'Studios', 'Press', 'Productions', 'Publishing'],
  },
  energy: {
    key: 'energy',
    linkedinName: 'Renewable Energy Power Generation',
    strangerWeight: 4,
    nameEndings: ['Energy', 'Power', 'Solar', 'Grid', 'Renewables'],
  },
  'public-sector': {
    key: 'public-sector',
    linkedinName: 'Government Administration',
    strangerWeight: 3,
    nameEndings: ['Agency', 'Authority', 'Council', 'Office', 'Commission'],
  },
  staffing: {
    key: 'staffing',
    linkedinName: 'Staffing and Recruiting',
    strangerWeight: 0,
    nameEndings: ['Talent', 'Search', 'Recruitment', 'Staffing', 'Talent Partners', 'People'],
  },
};

export const INDUSTRY_KEYS: readonly IndustryKey[] = [
  'software',
  'fintech',
  'healthcare',
  'retail',
  'consulting',
  'manufacturing',
  'education',
  'logistics',
  'media',
  'energy',
  'public-sector',
  'staffing',
];
