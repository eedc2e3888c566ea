/**
 * Where the demo network works. A real 2024 export has a long tail (2,621 companies for 3,761
 * people) whose head is the owner's employers and their rivals (the 10 largest hold 6.2 %;
 * docs/demo-data.md). So: a named head (employers, rivals, targets, a few giants), a middle of
 * companies that recur a few times (Zipf weights), and mostly names that appear once.
 */
import type { CareerTrack } from './career-tracks.js';
import {
  createCompanyNamer,
  inventSchool,
  type Company,
  type CompanyNamer,
} from './company-names.js';
import { INDUSTRY_KEYS, type IndustryKey } from './industries.js';
import { cumulativeWeights, pickIndex, type Rng } from './rng.js';

export interface CompanyCatalogue {
  namer: CompanyNamer;
  /** The owner's five employers, oldest first. */
  employers: readonly Company[];
  /** Direct competitors of the owner's employers, biggest first. */
  rivals: readonly Company[];
  /** Mid-size companies in the owner's sectors the owner would like to join. */
  targets: readonly Company[];
  /** Large organisations in several industries. */
  giants: readonly Company[];
  /** A tail company: usually a name seen nowhere else, sometimes one of the recurring middle. */
  /** The owner's university, the head of the university pool. */
  ownerSchool: Company;
  drawTail(rng: Rng, industry: IndustryKey): Company;
  /** A company nobody else in the network works at (founders' start-ups), never a school. */
  drawFresh(rng: Rng, industry: IndustryKey): Company;
  drawAgency(rng: Rng): Company;
  drawUniversity(rng: Rng): Company;
}

/** Share of tail draws that invent a new name; calibrated to about 70 % distinct companies per person (docs/demo-data.md: 2,621 / 3,761). */
const FRESH_SHARE = 0.6;

interface ZipfPool {
  companies: Company[];
  cumulative: Float64Array;
}

function buildPool(rng: Rng, namer: CompanyNamer, industry: IndustryKey, size: number): ZipfPool {
  const companies = Array.from({ length: size }, () => namer.invent(rng, industry));
  // Zipf with exponent 0.6: the middle recurs a few times each, none rivals the head.
  const cumulative = cumulativeWeights(companies.map((_, rank) => (rank + 1) ** -0.6));
  return { companies, cumulative };
}

function drawFromPool(rng: Rng, pool: ZipfPool): Company {
  const company = pool.companies[pickIndex(rng, pool.cumulative)];
  if (!company) throw new Error('empty company pool');
  return company;
}

export function createCompanyCatalogue(
  rng: Rng,
  track: CareerTrack,
  connections: number,
): CompanyCatalogue {
  const namer = createCompanyNamer();
  const employers = track.employerSectors.map((sector) => namer.invent(rng, sector));
  const rivals = [
    track.primarySector,
    track.primarySector,
    track.secondarySector,
    track.primarySector,
    track.secondarySector,
    track.primarySector,
  ].map((sector) => namer.invent(rng, sector));
  const targets = [
    track.primarySector,
    track.secondarySector,
    track.primarySector,
    track.secondarySector,
  ].map((sector) => namer.invent(rng, sector));
  const giants = (
    ['software', 'retail', 'consulting', 'fintech', 'healthcare', 'manufacturing'] as const
  ).map((sector) => namer.invent(rng, sector));

  // The middle grows with the network so the distinct share stays put (design choice).
  const poolSize = Math.max(6, Math.round(connections / 40));
  const pools = new Map<IndustryKey, ZipfPool>();
  for (const industry of INDUSTRY_KEYS) {
    const size =
      industry === track.primarySector || industry === track.secondarySector
        ? poolSize * 2
        : poolSize;
    pools.set(industry, buildPool(rng, namer, industry, size));
  }
  const agencies = buildPool(rng, namer, 'staffing', Math.max(5, Math.round(connections / 120)));
  const universities: Company[] = [inventSchool(rng, namer, true)];
  for (let i = 1; i < Math.max(6, Math.round(connections / 150)); i++) {
    universities.push(inventSchool(rng, namer));
  }
  const ownerSchool = universities[0];
  if (!ownerSchool) throw new Error('no university invented');
  const universityPool: ZipfPool = {
    companies: universities,
    cumulative: cumulativeWeights(universities.map((_, rank) => 1 / (rank + 1))),
  };

  return {
    namer,
    employers,
    rivals,
    targets,
    giants,
    ownerSchool,
    drawTail(draw, industry) {
      const pool = pools.get(industry);
      if (!pool || draw.chance(FRESH_SHARE)) return namer.invent(draw, industry);
      return drawFromPool(draw, pool);
    },
    drawFresh(draw, industry) {
      return namer.invent(draw, industry, true);
    },
    drawAgency(draw) {
      return draw.chance(0.25) ? namer.invent(draw, 'staffing') : drawFromPool(draw, agencies);
    },
    drawUniversity(draw) {
      return drawFromPool(draw, universityPool);
    },
  };
}
