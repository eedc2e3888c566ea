/**
 * The owner's first-degree network (what Connections.csv lists): who each person is to the owner
 * (a colleague from one of the employers, a school mate, someone met at a conference, an industry
 * peer, a recruiter, a stranger), where they work now, their title, and when they connected.
 *
 * Shares a user would notice are exact quotas rather than coin flips, so every seed shows the
 * shape of the real 2024 export (docs/demo-data.md): 1.2 % blank rows, 1.2 % with an email, 6.2 %
 * recruiters and the title mix of titles.ts. The circle sizes are design choices.
 */
import type { CompanyCatalogue } from './company-catalogue.js';
import type { Company } from './company-names.js';
import type { ConferenceEvent } from './conference-events.js';
import { drawConnectionDays } from './connection-dates.js';
import { INDUSTRIES, INDUSTRY_KEYS, type IndustryKey } from './industries.js';
import { DAY_MS } from './linkedin-dates.js';
import {
  hasNonAscii,
  inventEmail,
  inventName,
  RECRUITER_CREDENTIALS,
  type NameCulture,
  type ProfileSlugs,
} from './names.js';
import type { OwnerStory } from './owner-story.js';
import { cumulativeWeights, pickIndex, sampleWeighted, type Rng } from './rng.js';
import {
  inventFreelanceTitle,
  inventTitle,
  TITLE_CLASS_SHARES,
  type TitleClass,
} from './titles.js';

export type Circle = 'colleague' | 'school' | 'conference' | 'industry' | 'recruiter' | 'stranger';

export interface Connection {
  /** UTC midnight of Connected On. */
  connectedOnMs: number;
  /** A row blank except Connected On (a deleted or restricted member). */
  isBlank: boolean;
  circle: Circle;
  /** For colleagues, the index of the owner's employer where they met; otherwise -1. */
  employer: number;
  firstName: string;
  lastName: string;
  surname: string;
  culture: NameCulture;
  slug: string;
  /** Connections.csv writes this URL percent-encoded (only non-ASCII slugs differ). */
  isUrlEncoded: boolean;
  company: string;
  industry?: IndustryKey;
  title: string;
  titleClass?: TitleClass;
  email: string;
}

/** docs/demo-data.md: 45 of 3,761 rows blank except Connected On, 45 with an email. */
const BLANK_SHARE = 0.012;
const EMAIL_SHARE = 0.012;
/** Rows with a name but no company or title (between jobs); design choice. */
const UNTITLED_SHARE = 0.02;
/** Rows with a title but no company (freelancers); design choice. */
const FREELANCE_SHARE = 0.008;
/** Colleagues met at each employer, oldest first, as a share of all rows (design choice). */
const COLLEAGUE_SHARES = [0.016, 0.02, 0.024, 0.026, 0.022] as const;
/** Chance a colleague still works at that employer, oldest first (design choice). */
const STAY_CHANCES = [0.15, 0.2, 0.25, 0.3, 0.5] as const;
const SCHOOL_SHARE = 0.03;
const CONFERENCE_SHARE = 0.08;
const INDUSTRY_SHARE = 0.24;
/** A colleague met during the owner's tenure (or the half-year after) is far likelier than a later reconnect. */
const TENURE_WEIGHT = 10;
const HALF_YEAR_MS = 182 * DAY_MS;
const TWO_YEARS_MS = 730 * DAY_MS;

interface Draft {
  connectedOnMs: number;
  isBlank: boolean;
  circle: Circle;
  employer: number;
  hasNoCompany: boolean;
  isFreelance: boolean;
  titleClass?: TitleClass;
}

/** Marks `count` rows (drawn by weight among the still unassigned ones) with a circle. */
function assignCircle(
  rng: Rng,
  drafts: Draft[],
  count: number,
  circle: Circle,
  weight: (draft: Draft) => number,
  update: (draft: Draft) => void = () => undefined,
): void {
  const weights = drafts.map((d) => (d.isBlank || d.circle !== 'stranger' ? 0 : weight(d)));
  for (const index of sampleWeighted(rng, weights, count)) {
    const draft = drafts[index];
    if (!draft) continue;
    draft.circle = circle;
    update(draft);
  }
}

function assignTitleClass(
  rng: Rng,
  drafts: Draft[],
  count: number,
  titleClass: TitleClass,
  weight: (draft: Draft) => number,
): void {
  const weights = drafts.map((d) =>
    d.isBlank || d.hasNoCompany || d.isFreelance || d.titleClass ? 0 : weight(d),
  );
  for (const index of sampleWeighted(rng, weights, count)) {
    const draft = drafts[index];
    if (draft) draft.titleClass = titleClass;
  }
}

function isWithinDaysAfter(ms: number, events: readonly ConferenceEvent[], days: number): boolean {
  return events.some((e) => ms >= e.startMs - DAY_MS && ms <= e.startMs + days * DAY_MS);
}

function pickStrangerIndustry(rng: Rng, cumulative: Float64Array): IndustryKey {
  return INDUSTRY_KEYS[pickIndex(rng, cumulative)] ?? 'software';
}

export interface NetworkInputs {
  owner: OwnerStory;
  catalogue: CompanyCatalogue;
  events: readonly ConferenceEvent[];
  slugs: ProfileSlugs;
}

/** Connections newest first, as Connections.csv lists them. */
export function inventNetwork(
  rng: Rng,
  count: number,
  exportMs: number,
  inputs: NetworkInputs,
): Connection[] {
  const { owner, catalogue, events, slugs } = inputs;
  const track = owner.track;
  const drafts: Draft[] = drawConnectionDays(rng, count, exportMs).map((connectedOnMs) => ({
    connectedOnMs,
    isBlank: false,
    circle: 'stranger',
    employer: -1,
    hasNoCompany: false,
    isFreelance: false,
  }));

  for (const index of sampleWeighted(
    rng,
    new Float64Array(count).fill(1),
    Math.round(count * BLANK_SHARE),
  )) {
    const draft = drafts[index];
    if (draft) draft.isBlank = true;
  }

  // Colleagues: the newest employer first, so each draws from the dates of its own tenure.
  for (let e = owner.employers.length - 1; e >= 0; e--) {
    const employer = owner.employers[e];
    if (!employer) continue;
    const endMs = (employer.endMs ?? exportMs) + HALF_YEAR_MS;
    assignCircle(
      rng,
      drafts,
      Math.round(count * (COLLEAGUE_SHARES[e] ?? 0.02)),
      'colleague',
      (d) =>
        d.connectedOnMs < employer.startMs ? 0 : d.connectedOnMs <= endMs ? TENURE_WEIGHT : 1,
      (d) => {
        d.employer = e;
      },
    );
  }
  const graduatedMs = owner.careerStartMs;
  assignCircle(rng, drafts, Math.round(count * SCHOOL_SHARE), 'school', (d) =>
    d.connectedOnMs < graduatedMs + TWO_YEARS_MS ? 12 : 1,
  );
  assignCircle(rng, drafts, Math.round(count * CONFERENCE_SHARE), 'conference', (d) =>
    isWithinDaysAfter(d.connectedOnMs, events, 10) ? 25 : 1,
  );
  assignCircle(rng, drafts, Math.round(count * INDUSTRY_SHARE), 'industry', () => 1);

  // People between jobs and freelancers come from outside the work circles.
  const outsider = (d: Draft): number =>
    d.isBlank || d.hasNoCompany || (d.circle !== 'stranger' && d.circle !== 'industry') ? 0 : 1;
  for (const index of sampleWeighted(
    rng,
    drafts.map(outsider),
    Math.round(count * UNTITLED_SHARE),
  )) {
    const draft = drafts[index];
    if (draft) draft.hasNoCompany = true;
  }
  for (const index of sampleWeighted(
    rng,
    drafts.map(outsider),
    Math.round(count * FREELANCE_SHARE),
  )) {
    const draft = drafts[index];
    if (draft) draft.isFreelance = true;
  }

  const titled = drafts.filter((d) => !d.isBlank && !d.hasNoCompany).length;
  const recentMs = exportMs - TWO_YEARS_MS;
  const isRecent = (d: Draft): boolean => d.connectedOnMs >= recentMs;
  // Recruiters find an active job seeker recently (docs/demo-data.md: recruiters are a real slice).
  const recruiterWeights = drafts.map((d) =>
    d.isBlank || d.hasNoCompany || d.isFreelance || d.circle !== 'stranger'
      ? 0
      : isRecent(d)
        ? 3
        : 1,
  );
  for (const index of sampleWeighted(
    rng,
    recruiterWeights,
    Math.round(titled * TITLE_CLASS_SHARES.recruiting),
  )) {
    const draft = drafts[index];
    if (!draft) continue;
    draft.circle = 'recruiter';
    draft.titleClass = 'recruiting';
  }
  const circleWeight = (table: Partial<Record<Circle, number>>) => (d: Draft) =>
    table[d.circle] ?? 1;
  assignTitleClass(
    rng,
    drafts,
    Math.round(titled * TITLE_CLASS_SHARES.executive),
    'executive',
    circleWeight({ conference: 1.6, industry: 1.3, colleague: 0.6 }),
  );
  assignTitleClass(
    rng,
    drafts,
    Math.round(titled * TITLE_CLASS_SHARES['vp-director']),
    'vp-director',
    circleWeight({ colleague: 1.5, industry: 1.2, conference: 1.2 }),
  );
  assignTitleClass(
    rng,
    drafts,
    Math.round(titled * TITLE_CLASS_SHARES.manager),
    'manager',
    circleWeight({ colleague: 1.3 }),
  );
  assignTitleClass(
    rng,
    drafts,
    Math.round(titled * TITLE_CLASS_SHARES.student),
    'student',
    (d) =>
      (d.circle === 'school' ? 0.2 : d.circle === 'colleague' ? 0.3 : 1) * (isRecent(d) ? 3 : 1),
  );

  const strangerIndustries = cumulativeWeights(
    INDUSTRY_KEYS.map((k) => INDUSTRIES[k].strangerWeight),
  );
  const ownSector = (): IndustryKey =>
    rng.chance(0.6) ? track.primarySector : track.secondarySector;

  const placeDraft = (draft: Draft): Company => {
    if (draft.titleClass === 'executive') {
      // Founders and chiefs mostly run small companies nobody else in the network works at.
      const industry =
        draft.circle === 'stranger' || draft.circle === 'school'
          ? pickStrangerIndustry(rng, strangerIndustries)
          : ownSector();
      return catalogue.drawFresh(rng, industry);
    }
    const anyIndustry = (): IndustryKey => pickStrangerIndustry(rng, strangerIndustries);
    const roll = rng.next();
    switch (draft.circle) {
      case 'colleague': {
        const employer = owner.employers[draft.employer];
        if (employer && roll < (STAY_CHANCES[draft.employer] ?? 0.3)) return employer.company;
        if (rng.chance(0.12)) return rng.pick(catalogue.rivals);
        return catalogue.drawTail(rng, employer?.company.industry ?? ownSector());
      }
      case 'recruiter':
        if (roll < 0.55) return catalogue.drawAgency(rng);
        if (roll < 0.9) return catalogue.drawTail(rng, ownSector());
        if (roll < 0.96) return rng.pick([...catalogue.rivals, ...catalogue.targets]);
        return rng.pick(catalogue.giants);
      case 'industry':
        if (roll < 0.05) return rng.pick(catalogue.rivals);
        if (roll < 0.09) return rng.pick(catalogue.targets);
        if (roll < 0.11) return rng.pick(catalogue.giants);
        return catalogue.drawTail(rng, ownSector());
      case 'conference':
        if (roll < 0.04) return rng.pick([...catalogue.rivals, ...catalogue.targets]);
        if (roll < 0.74) return catalogue.drawTail(rng, ownSector());
        return catalogue.drawTail(rng, anyIndustry());
      case 'school':
        if (roll < 0.04) return catalogue.ownerSchool;
        if (roll < 0.07) return rng.pick(catalogue.giants);
        return catalogue.drawTail(rng, anyIndustry());
      case 'stranger':
        if (roll < 0.03) return rng.pick(catalogue.giants);
        return catalogue.drawTail(rng, anyIndustry());
    }
  };

  const describeJob = (
    draft: Draft,
    culture: NameCulture,
  ): { company?: Company; title: string; titleClass?: TitleClass } => {
    if (draft.hasNoCompany) return { title: '' };
    if (draft.isFreelance) return { title: inventFreelanceTitle(rng), titleClass: 'individual' };
    const titleClass = draft.titleClass ?? 'individual';
    if (titleClass === 'student') {
      const university = catalogue.drawUniversity(rng);
      const title = inventTitle(rng, titleClass, {
        industry: 'education',
        culture,
        school: university.name,
      });
      // Students work "at" their university; interns at a company.
      const company = /student|estudiante|étudiant/i.test(title) ? university : placeDraft(draft);
      return { company, title, titleClass };
    }
    const company = placeDraft(draft);
    const title = inventTitle(rng, titleClass, {
      industry: company.industry,
      culture,
      school: catalogue.ownerSchool.name,
    });
    return { company, title, titleClass };
  };

  const connections = drafts.map((draft): Connection => {
    if (draft.isBlank) {
      return {
        connectedOnMs: draft.connectedOnMs,
        isBlank: true,
        circle: draft.circle,
        employer: -1,
        firstName: '',
        lastName: '',
        surname: '',
        culture: 'anglo',
        slug: '',
        isUrlEncoded: false,
        company: '',
        title: '',
        email: '',
      };
    }
    const name = inventName(
      rng,
      draft.circle === 'recruiter' && rng.chance(0.3)
        ? { credentialRate: 0.2, credentialPool: RECRUITER_CREDENTIALS }
        : {},
    );
    const slug = slugs.make(rng, name.firstName, name.surname);
    const isUrlEncoded = hasNonAscii(slug) && rng.chance(0.5);
    const job = describeJob(draft, name.culture);
    return {
      connectedOnMs: draft.connectedOnMs,
      isBlank: false,
      circle: draft.circle,
      employer: draft.employer,
      firstName: name.firstName,
      lastName: name.lastName,
      surname: name.surname,
      culture: name.culture,
      slug,
      isUrlEncoded,
      company: job.company?.name ?? '',
      ...(job.company ? { industry: job.company.industry } : {}),
      title: job.title,
      ...(job.titleClass ? { titleClass: job.titleClass } : {}),
      email: '',
    };
  });

  const emailWeights = connections.map((c) => (c.isBlank ? 0 : 1));
  for (const index of sampleWeighted(rng, emailWeights, Math.round(count * EMAIL_SHARE))) {
    const connection = connections[index];
    if (connection) connection.email = inventEmail(rng, connection.firstName, connection.surname);
  }

  return connections.reverse();
}
