/**
 * Job Seeker Preferences.csv (at the root, as in 2024) and Jobs/Saved Jobs.csv: the owner's
 * stated goals (docs/formats.md section 1). Lists are joined with ` | `; Industries are LinkedIn
 * industry names joined with `, ` as the 2024 file writes them; urgency `ACTIVELY_SEEKING`
 * like the owner docs/demo-data.md describes. 39 saved jobs, as in that export.
 */
import { encodeCsvFile } from './csv-text.js';
import { DAY_MS, formatShortUsDate } from './linkedin-dates.js';
import type { OwnerStory } from './owner-story.js';
import type { Rng } from './rng.js';
import type { TargetCompanies } from './target-companies.js';

export const JOB_SEEKER_PREFERENCES_HEADER = [
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
] as const;

export const SAVED_JOBS_HEADER = ['Saved Date', 'Job Url', 'Job Title', 'Company Name'] as const;

const SAVED_JOB_COUNT = 39;

/** Columns whose values no source shows are left empty rather than guessed. */
export function encodeJobSeekerPreferencesCsv(owner: OwnerStory, targets: TargetCompanies): Buffer {
  const track = owner.track;
  return encodeCsvFile(JOB_SEEKER_PREFERENCES_HEADER, [
    [
      [owner.geoLocation, 'Remote'].join(' | '),
      track.preferenceIndustries,
      ['51-200', '201-500', '501-1000'].join(' | '),
      ['Full-time', 'Contract'].join(' | '),
      track.targetTitles.join(' | '),
      'Yes',
      targets.dream.join(' | '),
      'Yes',
      track.targetTitles[0] ?? '',
      // The solution message the method asks for: the problems the owner solves, not "looking for work".
      solutionStatement(track.headline),
      owner.phone,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'ACTIVELY_SEEKING',
    ],
  ]);
}

export interface SavedJob {
  savedMs: number;
  url: string;
  title: string;
  company: string;
}

/** Over the last 18 months, more of them lately: the search is active. */
export function inventSavedJobs(
  rng: Rng,
  exportMs: number,
  owner: OwnerStory,
  targets: TargetCompanies,
): SavedJob[] {
  const companies = [...targets.dream, ...targets.dream, ...targets.present, ...targets.absent];
  const jobs: SavedJob[] = [];
  for (let i = 0; i < SAVED_JOB_COUNT && companies.length > 0; i++) {
    const company = i < companies.length ? (companies[i] ?? '') : rng.pick(companies);
    const daysAgo = Math.floor(548 * rng.next() ** 1.8) + 1;
    const jobId = `${rng.int(3, 4)}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`;
    jobs.push({
      savedMs: exportMs - daysAgo * DAY_MS + rng.int(6 * 3600, 23 * 3600) * 1000,
      url: `https://www.linkedin.com/jobs/view/${jobId}`,
      title: rng.pick(owner.track.savedJobTitles),
      company,
    });
  }
  return jobs.sort((a, b) => b.savedMs - a.savedMs);
}

export function encodeSavedJobsCsv(jobs: readonly SavedJob[]): Buffer {
  return encodeCsvFile(
    SAVED_JOBS_HEADER,
    jobs.map((j) => [formatShortUsDate(j.savedMs), j.url, j.title, j.company]),
  );
}

/** "Engineering Manager | Payments and platform | Building calm, fast teams" as one sentence. */
function solutionStatement(headline: string): string {
  const [role = '', field = '', promise = ''] = headline.split(' | ');
  const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  return `${role}${field ? ` in ${lower(field)}` : ''}${promise ? `: ${lower(promise)}` : ''}.`;
}
