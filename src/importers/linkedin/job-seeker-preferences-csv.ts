/**
 * Job Seeker Preferences.csv (root in 2024, `Jobs/` in 2018; docs/formats.md section 1): the user's
 * own statement of the job they want, used to pre-fill the goals. Lists are joined with ` | `
 * (2024: `Full-time | Contract`) or written `[Delhi], [Noida Area, India]` (2018); Industries can
 * be comma-joined LinkedIn industry names (`Information Technology & Services, Computer
 * Software`), some of which hold a comma themselves (`Leisure, Travel & Tourism`).
 */
import type { CsvSchema } from '../csv/csv-reader.js';
import type { ParsedFile } from '../import-batch.js';
import { CsvFileParse, type FileInput } from './csv-file-parse.js';

export const JOB_SEEKER_PREFERENCES_SCHEMA: CsvSchema = {
  columns: [
    'Locations',
    'Industries',
    'Company Employee Count',
    'Preferred Job Types',
    'Job Titles',
    'Open To Recruiters',
    'Dream Companies',
    'Profile Shared With Job Poster',
    'Job Title For Searching Fast Growing Companies',
    'Introduction Statement',
    'Phone Number',
    'Job Seeker Activity Level',
    'Preferred Start Time Range',
    'Commute Preference Starting Address',
    'Commute Preference Starting Time',
    'Mode Of Transportation',
    'Maximum Commute Duration',
    'Open Candidate Visibility',
    'Job Seeking Urgency Level',
    'Semantic Preferences',
  ],
  required: [['Job Titles', 'Locations', 'Industries', 'Dream Companies']],
};

/**
 * LinkedIn industry names that contain a comma (the 2016 list and the 2022 taxonomy), so that
 * a comma-joined Industries cell is not cut inside one of them.
 */
const INDUSTRIES_WITH_COMMAS = [
  'Leisure, Travel & Tourism',
  'Health, Wellness & Fitness',
  'Health, Wellness and Fitness',
  'Glass, Ceramics & Concrete',
  'Glass, Ceramics and Concrete Manufacturing',
  'Technology, Information and Internet',
  'Technology, Information and Media',
  'Oil, Gas, and Mining',
  'Appliances, Electrical, and Electronics Manufacturing',
  'Transportation, Logistics, Supply Chain and Storage',
  'Movies, Videos, and Sound',
  'Museums, Historical Sites, and Zoos',
  'Farming, Ranching, Forestry',
];

/** Splits a ` | ` list or a 2018 `[a], [b, c]` list; anything else is one value. */
export function splitPreferenceList(value: string): string[] {
  const text = value.trim();
  if (text === '') return [];
  if (text.includes('|')) return tidy(text.split('|'));
  if (/^\[.*\]$/s.test(text))
    return tidy([...text.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? ''));
  return [text];
}

/** Like splitPreferenceList, and a plain cell is also split on commas outside known industry names. */
export function splitIndustries(value: string): string[] {
  const text = value.trim();
  if (text.includes('|') || text.startsWith('[')) return splitPreferenceList(text);
  const names: string[] = [];
  let rest = text;
  while (rest !== '') {
    const lower = rest.toLowerCase();
    const known = INDUSTRIES_WITH_COMMAS.find(
      (name) => lower.startsWith(name.toLowerCase()) && /^\s*(,|$)/.test(rest.slice(name.length)),
    );
    const take = known ? rest.slice(0, known.length) : (rest.split(',')[0] ?? '');
    names.push(take.trim());
    rest = rest.slice(take.length).replace(/^\s*,\s*/, '');
  }
  return names.filter((name) => name !== '');
}

function tidy(items: string[]): string[] {
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

function readBoolean(value: string): boolean | undefined {
  if (/^(yes|true|y)$/i.test(value)) return true;
  if (/^(no|false|n)$/i.test(value)) return false;
  return undefined;
}

export function parseJobSeekerPreferencesCsv(input: FileInput, file: string): ParsedFile {
  const csv = new CsvFileParse(input, file, JOB_SEEKER_PREFERENCES_SCHEMA);
  const locations = csv.column('Locations');
  const industries = csv.column('Industries');
  const titles = csv.column('Job Titles');
  const types = csv.column('Preferred Job Types');
  const dream = csv.column('Dream Companies');
  const recruiters = csv.column('Open To Recruiters');
  const urgency = csv.column('Job Seeking Urgency Level');
  const introduction = csv.column('Introduction Statement');
  csv.forEachRow((row) => {
    if (csv.isBlank(row)) {
      csv.skip('blank row');
      return;
    }
    csv.add({
      kind: 'job-preferences',
      source: csv.source(row),
      locations: splitPreferenceList(csv.text(row, locations)),
      industries: splitIndustries(csv.text(row, industries)),
      jobTitles: splitPreferenceList(csv.text(row, titles)),
      jobTypes: splitPreferenceList(csv.text(row, types)),
      dreamCompanies: splitPreferenceList(csv.text(row, dream)),
      openToRecruiters: readBoolean(csv.text(row, recruiters)),
      urgency: csv.optional(row, urgency),
      introductionStatement: csv.optional(row, introduction),
    });
  });
  return csv.finish();
}
