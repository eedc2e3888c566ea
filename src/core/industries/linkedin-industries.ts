/**
 * LinkedIn industry names to NAICS sectors. Profiles and Job Seeker Preferences carry LinkedIn's
 * own industry names, from the older list ("Information Technology & Services", "Computer
 * Software", "Hospital & Health Care") and from the 2022 list built on NAICS ("IT Services and IT
 * Consulting", "Software Development", "Hospitals and Health Care"); exports mix both
 * (docs/formats.md section 1). The sector for each name follows the NAICS industry the name describes
 * (software publishers 51, computer systems design 5415 in 54, employment services 5613 in 56);
 * where a name spans sectors, the mapping below picks the one most of its members work in and
 * says so (design choice).
 */
import type { NaicsSectorCode } from './naics-sectors.js';
import { toNaicsSector } from './naics-sectors.js';

const NAMES: ReadonlyArray<readonly [string, NaicsSectorCode]> = [
  // 11 Agriculture
  ['Farming', '11'],
  ['Ranching', '11'],
  ['Fishery', '11'],
  ['Fisheries', '11'],
  // 21 Mining, oil and gas
  ['Oil & Energy', '21'],
  ['Oil and Gas', '21'],
  ['Mining & Metals', '21'],
  ['Mining', '21'],
  // 22 Utilities
  ['Utilities', '22'],
  ['Renewables & Environment', '22'],
  ['Renewable Energy Power Generation', '22'],
  // 23 Construction
  ['Construction', '23'],
  ['Civil Engineering', '23'],
  ['Building Construction', '23'],
  // 31-33 Manufacturing
  ['Manufacturing', '31-33'],
  ['Automotive', '31-33'],
  ['Motor Vehicle Manufacturing', '31-33'],
  ['Aviation & Aerospace', '31-33'],
  ['Aviation and Aerospace Component Manufacturing', '31-33'],
  ['Defense & Space', '31-33'],
  ['Defense and Space Manufacturing', '31-33'],
  ['Pharmaceuticals', '31-33'],
  ['Pharmaceutical Manufacturing', '31-33'],
  ['Medical Devices', '31-33'],
  ['Medical Equipment Manufacturing', '31-33'],
  ['Semiconductors', '31-33'],
  ['Semiconductor Manufacturing', '31-33'],
  ['Computer Hardware', '31-33'],
  ['Computer Hardware Manufacturing', '31-33'],
  ['Consumer Electronics', '31-33'],
  ['Electrical/Electronic Manufacturing', '31-33'],
  ['Appliances, Electrical, and Electronics Manufacturing', '31-33'],
  ['Chemicals', '31-33'],
  ['Chemical Manufacturing', '31-33'],
  ['Machinery', '31-33'],
  ['Machinery Manufacturing', '31-33'],
  ['Industrial Machinery Manufacturing', '31-33'],
  ['Industrial Automation', '31-33'],
  ['Automation Machinery Manufacturing', '31-33'],
  ['Food & Beverages', '31-33'],
  ['Food Production', '31-33'],
  ['Food and Beverage Manufacturing', '31-33'],
  ['Consumer Goods', '31-33'],
  ['Cosmetics', '31-33'],
  ['Personal Care Product Manufacturing', '31-33'],
  ['Apparel & Fashion', '31-33'],
  ['Textiles', '31-33'],
  ['Textile Manufacturing', '31-33'],
  ['Plastics', '31-33'],
  ['Plastics Manufacturing', '31-33'],
  ['Packaging and Containers', '31-33'],
  ['Packaging and Containers Manufacturing', '31-33'],
  ['Paper & Forest Products', '31-33'],
  ['Printing', '31-33'],
  ['Printing Services', '31-33'],
  ['Furniture', '31-33'],
  ['Building Materials', '31-33'],
  ['Glass, Ceramics & Concrete', '31-33'],
  ['Wine and Spirits', '31-33'],
  ['Tobacco', '31-33'],
  ['Dairy', '31-33'],
  ['Shipbuilding', '31-33'],
  ['Sporting Goods', '31-33'],
  ['Luxury Goods & Jewelry', '31-33'],
  // 42 Wholesale
  ['Wholesale', '42'],
  ['Import and Export', '42'],
  ['Business Supplies and Equipment', '42'],
  // 44-45 Retail
  ['Retail', '44-45'],
  ['Supermarkets', '44-45'],
  ['Retail Groceries', '44-45'],
  ['Retail Apparel and Fashion', '44-45'],
  ['Retail Luxury Goods and Jewelry', '44-45'],
  // 48-49 Transportation and warehousing
  ['Airlines/Aviation', '48-49'],
  ['Airlines and Aviation', '48-49'],
  ['Logistics and Supply Chain', '48-49'],
  ['Transportation, Logistics, Supply Chain and Storage', '48-49'],
  ['Transportation/Trucking/Railroad', '48-49'],
  ['Truck Transportation', '48-49'],
  ['Package/Freight Delivery', '48-49'],
  ['Freight and Package Transportation', '48-49'],
  ['Maritime', '48-49'],
  ['Maritime Transportation', '48-49'],
  ['Warehousing', '48-49'],
  ['Warehousing and Storage', '48-49'],
  // 51 Information
  ['Software Development', '51'],
  ['Computer Software', '51'],
  ['Internet', '51'],
  ['Technology, Information and Internet', '51'],
  ['Technology, Information and Media', '51'],
  ['Information Services', '51'],
  ['Telecommunications', '51'],
  ['Wireless', '51'],
  ['Computer Networking', '51'],
  ['Computer Games', '51'],
  ['Online Media', '51'],
  ['Online Audio and Video Media', '51'],
  ['Internet Publishing', '51'],
  ['Publishing', '51'],
  ['Book and Periodical Publishing', '51'],
  ['Newspapers', '51'],
  ['Newspaper Publishing', '51'],
  ['Broadcast Media', '51'],
  ['Broadcast Media Production and Distribution', '51'],
  ['Media Production', '51'],
  ['Motion Pictures and Film', '51'],
  ['Movies, Videos, and Sound', '51'],
  ['Animation', '51'],
  ['Libraries', '51'],
  // 52 Finance and insurance
  ['Financial Services', '52'],
  ['Banking', '52'],
  ['Insurance', '52'],
  ['Investment Banking', '52'],
  ['Investment Management', '52'],
  ['Capital Markets', '52'],
  ['Venture Capital & Private Equity', '52'],
  ['Venture Capital and Private Equity Principals', '52'],
  // 53 Real estate
  ['Real Estate', '53'],
  ['Commercial Real Estate', '53'],
  ['Leasing Non-residential Real Estate', '53'],
  // 54 Professional, scientific and technical services
  ['IT Services and IT Consulting', '54'],
  ['Information Technology & Services', '54'],
  ['Information Technology and Services', '54'],
  ['Computer & Network Security', '54'],
  ['Computer and Network Security', '54'],
  ['Management Consulting', '54'],
  ['Business Consulting and Services', '54'],
  ['Accounting', '54'],
  ['Law Practice', '54'],
  ['Legal Services', '54'],
  ['Alternative Dispute Resolution', '54'],
  ['Marketing and Advertising', '54'],
  ['Advertising Services', '54'],
  ['Marketing Services', '54'],
  ['Public Relations and Communications', '54'],
  ['Public Relations and Communications Services', '54'],
  ['Market Research', '54'],
  ['Architecture & Planning', '54'],
  ['Architecture and Planning', '54'],
  ['Design', '54'],
  ['Design Services', '54'],
  ['Graphic Design', '54'],
  ['Research', '54'],
  ['Research Services', '54'],
  ['Biotechnology', '54'],
  ['Biotechnology Research', '54'],
  ['Nanotechnology', '54'],
  ['Mechanical or Industrial Engineering', '54'],
  ['Engineering Services', '54'],
  ['Human Resources', '54'],
  ['Human Resources Services', '54'],
  ['Outsourcing/Offshoring', '54'],
  ['Outsourcing and Offshoring Consulting', '54'],
  ['Translation and Localization', '54'],
  ['Photography', '54'],
  ['Veterinary', '54'],
  ['Veterinary Services', '54'],
  ['Think Tanks', '54'],
  ['Government Relations', '54'],
  ['Government Relations Services', '54'],
  ['Program Development', '54'],
  // 56 Administrative and support services
  ['Staffing and Recruiting', '56'],
  ['Facilities Services', '56'],
  ['Events Services', '56'],
  ['Security and Investigations', '56'],
  ['Environmental Services', '56'],
  ['Fund-Raising', '56'],
  ['Fundraising', '56'],
  ['Travel Arrangements', '56'],
  // Travel agencies and tour operators are NAICS 5615; hotels (72) have their own names.
  ['Leisure, Travel & Tourism', '56'],
  // 61 Education
  ['Higher Education', '61'],
  ['Education', '61'],
  ['Education Management', '61'],
  ['E-Learning', '61'],
  ['E-Learning Providers', '61'],
  ['Primary/Secondary Education', '61'],
  ['Primary and Secondary Education', '61'],
  ['Professional Training & Coaching', '61'],
  ['Professional Training and Coaching', '61'],
  // 62 Health care and social assistance
  ['Hospital & Health Care', '62'],
  ['Hospitals and Health Care', '62'],
  ['Medical Practice', '62'],
  ['Medical Practices', '62'],
  ['Mental Health Care', '62'],
  ['Alternative Medicine', '62'],
  ['Individual & Family Services', '62'],
  ['Individual and Family Services', '62'],
  // 71 Arts, entertainment and recreation
  ['Entertainment', '71'],
  ['Entertainment Providers', '71'],
  ['Performing Arts', '71'],
  ['Music', '71'],
  ['Musicians', '71'],
  ['Fine Art', '71'],
  ['Sports', '71'],
  ['Spectator Sports', '71'],
  ['Recreational Facilities and Services', '71'],
  ['Recreational Facilities', '71'],
  // Fitness centres are NAICS 713940.
  ['Health, Wellness and Fitness', '71'],
  ['Wellness and Fitness Services', '71'],
  ['Gambling & Casinos', '71'],
  ['Gambling Facilities and Casinos', '71'],
  ['Museums and Institutions', '71'],
  ['Museums, Historical Sites, and Zoos', '71'],
  ['Writing and Editing', '71'],
  // 72 Accommodation and food services
  ['Hospitality', '72'],
  ['Restaurants', '72'],
  ['Food and Beverage Services', '72'],
  // 81 Other services
  ['Non-Profit Organization Management', '81'],
  ['Non-profit Organizations', '81'],
  ['Civic & Social Organization', '81'],
  ['Civic and Social Organizations', '81'],
  ['Philanthropy', '81'],
  ['Religious Institutions', '81'],
  ['Political Organization', '81'],
  ['Political Organizations', '81'],
  ['Consumer Services', '81'],
  // 92 Public administration
  ['Government Administration', '92'],
  ['Executive Office', '92'],
  ['Executive Offices', '92'],
  ['Legislative Office', '92'],
  ['Legislative Offices', '92'],
  ['Judiciary', '92'],
  ['Administration of Justice', '92'],
  ['Law Enforcement', '92'],
  ['Public Safety', '92'],
  ['Public Policy', '92'],
  ['Public Policy Offices', '92'],
  ['Military', '92'],
  ['Armed Forces', '92'],
  ['International Affairs', '92'],
  ['International Trade and Development', '92'],
];

/** Case, accents, `&` vs `and` and punctuation never matter when comparing industry names. */
export function normaliseIndustryName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const SECTOR_BY_NAME = new Map<string, NaicsSectorCode>(
  NAMES.map(([name, code]) => [normaliseIndustryName(name), code]),
);

/** How many LinkedIn industry names the table knows (documentation and tests). */
export const LINKEDIN_INDUSTRY_COUNT = SECTOR_BY_NAME.size;

// Bound the untrusted input: a real industry name is a few words.
const MAX_INDUSTRY_LENGTH = 200;

/**
 * The NAICS sector of a LinkedIn industry name, or of a NAICS code typed directly ("54",
 * "541511"). Undefined when the name is not known: the caller says "industry unknown".
 */
export function industryToNaicsSector(name: string): NaicsSectorCode | undefined {
  if (name.length > MAX_INDUSTRY_LENGTH) return undefined;
  const code = toNaicsSector(name);
  if (code) return code;
  return SECTOR_BY_NAME.get(normaliseIndustryName(name));
}

/**
 * Splits a comma-joined list of industry names (Job Seeker Preferences writes
 * "Information Technology & Services, Computer Software") where some names contain commas
 * themselves ("Technology, Information and Internet"): at each point the longest run of pieces
 * that is a known name wins, and unknown pieces are returned as written.
 */
export function splitIndustryList(text: string): string[] {
  const pieces = text
    .slice(0, MAX_INDUSTRY_LENGTH * 20)
    .split(/[,|]/)
    .map((p) => p.trim());
  const names: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    let taken = 0;
    // The longest known name has four comma-separated pieces.
    for (let span = Math.min(4, pieces.length - i); span >= 2; span -= 1) {
      const candidate = pieces.slice(i, i + span).join(', ');
      if (SECTOR_BY_NAME.has(normaliseIndustryName(candidate))) {
        names.push(candidate);
        taken = span;
        break;
      }
    }
    if (taken === 0) {
      const piece = pieces[i] ?? '';
      if (piece !== '') names.push(piece);
      taken = 1;
    }
    i += taken;
  }
  return names;
}
