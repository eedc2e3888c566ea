/**
 * The owner of the demo export: one coherent person with a 14-year career over five employers
 * (the current one with no end date), a school, contact details in reserved fictional ranges and
 * the goals of an active job seeker (docs/demo-data.md: the 2024 export was `ACTIVELY_SEEKING`).
 */
import type { CareerTrack } from './career-tracks.js';
import type { Company } from './company-names.js';
import { DAY_MS, yearOf } from './linkedin-dates.js';
import { foldToAscii, formatProfileUrl, inventName, type ProfileSlugs } from './names.js';
import type { Rng } from './rng.js';

export interface Employer {
  company: Company;
  startMs: number;
  /** Undefined for the current employer. */
  endMs?: number;
}

export interface OwnerPosition {
  employer: number;
  company: Company;
  title: string;
  description: string;
  location: string;
  startMs: number;
  endMs?: number;
}

export interface OwnerStory {
  firstName: string;
  lastName: string;
  fullName: string;
  slug: string;
  profileUrl: string;
  emails: readonly { address: string; isPrimary: boolean; updatedMs: number }[];
  phone: string;
  geoLocation: string;
  birthdayMs: number;
  headline: string;
  summary: string;
  track: CareerTrack;
  employers: readonly Employer[];
  positions: readonly OwnerPosition[];
  school: { company: Company; startYear: number; endYear: number };
  careerStartMs: number;
}

interface City {
  geoLocation: string;
  /** A number in a range reserved for fiction: NANP 555-01xx, Ofcom 07700 900xxx. */
  phone: (rng: Rng) => string;
}

const CITIES: readonly City[] = [
  {
    geoLocation: 'Austin, Texas, United States',
    phone: (rng) => `+1 512 555 01${rng.int(10, 99)}`,
  },
  {
    geoLocation: 'Denver, Colorado, United States',
    phone: (rng) => `+1 303 555 01${rng.int(10, 99)}`,
  },
  {
    geoLocation: 'Toronto, Ontario, Canada',
    phone: (rng) => `+1 416 555 01${rng.int(10, 99)}`,
  },
  {
    geoLocation: 'London, England, United Kingdom',
    phone: (rng) => `+44 7700 900${rng.int(100, 999)}`,
  },
  {
    geoLocation: 'Manchester, England, United Kingdom',
    phone: (rng) => `+44 7700 900${rng.int(100, 999)}`,
  },
];

/** Years between graduating and the export: "14 years" in every track's summary. */
const CAREER_YEARS = 14;

function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1);
}

function monthsBetween(fromMs: number, toMs: number): number {
  const from = new Date(fromMs);
  const to = new Date(toMs);
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
}

/** Five tenures, oldest first, that fill the career with short gaps; the last is current. */
function planEmployers(
  rng: Rng,
  companies: readonly Company[],
  careerStartMs: number,
  exportMs: number,
): Employer[] {
  const currentMonths = rng.int(18, 30);
  const gaps = [rng.int(0, 2), rng.int(0, 2), rng.int(0, 3), rng.int(0, 2)];
  const available =
    monthsBetween(careerStartMs, exportMs) - currentMonths - gaps.reduce((a, b) => a + b, 0);
  const weights = [0, 1, 2, 3].map(() => 0.7 + 0.6 * rng.next());
  const total = weights.reduce((a, b) => a + b, 0);
  const employers: Employer[] = [];
  let cursor = careerStartMs;
  weights.forEach((weight, i) => {
    const months = Math.max(12, Math.floor((available * weight) / total));
    const company = companies[i];
    if (!company) throw new Error('planEmployers needs five companies');
    employers.push({ company, startMs: cursor, endMs: addMonths(cursor, months) });
    cursor = addMonths(cursor, months + (gaps[i] ?? 0));
  });
  const current = companies[4];
  if (!current) throw new Error('planEmployers needs five companies');
  employers.push({ company: current, startMs: cursor });
  return employers;
}

export interface OwnerInputs {
  track: CareerTrack;
  /** Five employers, oldest first. */
  employers: readonly Company[];
  school: Company;
  slugs: ProfileSlugs;
}

export function inventOwnerStory(rng: Rng, exportMs: number, inputs: OwnerInputs): OwnerStory {
  const { track, school, slugs } = inputs;
  const name = inventName(rng, { credentialRate: 0, emojiRate: 0 });
  const city = rng.pick(CITIES);
  const exportYear = yearOf(exportMs);
  const careerStartMs = Date.UTC(exportYear - CAREER_YEARS, 8, 1);
  const employers = planEmployers(rng, inputs.employers, careerStartMs, exportMs);

  // Where an employer holds two regular positions (a promotion), the first ends here.
  const promotionAt = employers.map((employer) =>
    addMonths(
      employer.startMs,
      Math.round(
        monthsBetween(employer.startMs, employer.endMs ?? exportMs) * (0.4 + 0.2 * rng.next()),
      ),
    ),
  );
  const positions: OwnerPosition[] = [];
  track.positions.forEach((plan, index) => {
    const employer = employers[plan.employer];
    const promotion = promotionAt[plan.employer];
    if (!employer || promotion === undefined) throw new Error('a track names a missing employer');
    const regular = track.positions.filter((p, i) => i > 0 && p.employer === plan.employer);
    let startMs = employer.startMs;
    let endMs = employer.endMs;
    if (index === 0) {
      // The internship: the summer before graduating, at the first employer.
      startMs = Date.UTC(exportYear - CAREER_YEARS - 1, 5, 1);
      endMs = Date.UTC(exportYear - CAREER_YEARS - 1, 7, 1);
    } else if (regular.length === 2) {
      const isFirst = regular[0] === plan;
      startMs = isFirst ? employer.startMs : promotion;
      endMs = isFirst ? promotion : employer.endMs;
    }
    positions.push({
      employer: plan.employer,
      company: employer.company,
      title: plan.title,
      description: plan.description,
      location: city.geoLocation,
      startMs,
      ...(endMs === undefined ? {} : { endMs }),
    });
  });

  const slug = slugs.make(rng, name.firstName, name.surname);
  const first = foldToAscii(name.firstName).replace(/[^a-z0-9]+/g, '') || 'me';
  const last = foldToAscii(name.surname).replace(/[^a-z0-9]+/g, '') || 'demo';
  return {
    firstName: name.firstName,
    lastName: name.lastName,
    fullName: `${name.firstName} ${name.lastName}`,
    slug,
    profileUrl: formatProfileUrl(slug),
    emails: [
      {
        address: `${first}.${last}@example.com`,
        isPrimary: true,
        updatedMs: careerStartMs + rng.int(600, 2400) * DAY_MS + rng.int(0, 86_399) * 1000,
      },
      {
        address: `${first}${rng.int(10, 99)}@mail.example`,
        isPrimary: false,
        updatedMs: careerStartMs - rng.int(30, 300) * DAY_MS + rng.int(0, 86_399) * 1000,
      },
    ],
    phone: city.phone(rng),
    geoLocation: city.geoLocation,
    birthdayMs: Date.UTC(2000, rng.int(0, 11), rng.int(1, 28)),
    headline: track.headline,
    summary: track.summary,
    track,
    employers,
    positions,
    school: {
      company: school,
      startYear: exportYear - CAREER_YEARS - 4,
      endYear: exportYear - CAREER_YEARS,
    },
    careerStartMs,
  };
}
