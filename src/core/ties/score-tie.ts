/**
 * The job-opportunity score of a tie (docs/science.md section 1, "For weakties"):
 *
 *   JobOpportunity = Relevance * S(m) * I(q) * DormantBoost for a digital (or unknown) target
 *   industry, Relevance * [w_d * S(m) * I(q) + (1 - w_d) * Closeness] * DormantBoost for a less
 *   digital one (job-opportunity.ts: the paper's industry split),
 *
 * S(m) is structural novelty (mutual connections, inverted U), I(q) the interaction term
 * (decreasing in the messaging percentile q), Closeness the Gilbert and Karahalios style
 * strength (section 3), w_d the industry switch, and DormantBoost Levin et al. (2011)
 * (section 5). When m is unknown, S(m) is not computed: novelty uses
 * structural.unknownMutualsNovelty (the population mean of S) times I(q), every figure says
 * "mutual connections unknown", and no m is ever invented.
 */
import type { TitleInfo } from '../titles/parse-title.js';
import { parseTitle } from '../titles/parse-title.js';
import type { TieClass, TieStrength } from './classify-tie.js';
import { classifyTie, tieStrength } from './classify-tie.js';
import { closenessFromHistory, reciprocity } from './closeness.js';
import { normaliseCompanyName } from './company-name.js';
import type { ContactHistory } from './contact-history.js';
import { measureContact } from './contact-history.js';
import type { Goals } from './goals.js';
import { interactionTerm, messagePercentiles } from './interaction-intensity.js';
import { jobOpportunity, noveltyOf } from './job-opportunity.js';
import type { CompiledGoals, RelevanceResult } from './relevance.js';
import { compileGoals, scoreRelevance, titleWordsOf } from './relevance.js';
import type { MutualBand, MutualTercile } from './structural-novelty.js';
import {
  isWeakOverlap,
  mutualBand,
  mutualTercile,
  overlap,
  structuralNovelty,
} from './structural-novelty.js';
import type { MutualConnections, TieFeatures } from './tie-features.js';
import type { TieExplanation, TieFactor } from './explain-tie.js';
import { explainTie } from './explain-tie.js';
import type { ScoredTie, TieContext, TieFigures } from './tie-figures.js';
import type { TieSettings } from './tie-settings.js';

export type { ScoredTie, TieContext, TieFigures } from './tie-figures.js';

function isCompiled(goals: Goals | CompiledGoals): goals is CompiledGoals {
  return 'kind' in goals && goals.kind === 'compiled-goals';
}

/** Scores one tie. Pass compiled goals (compileGoals) when scoring many. */
export function scoreTie(
  features: TieFeatures,
  goals: Goals | CompiledGoals,
  context: TieContext,
  settings: TieSettings,
  now: Date,
): ScoredTie {
  const compiled = isCompiled(goals) ? goals : compileGoals(goals, settings);
  const title = parseTitle(features.title);
  return new ScoredTieRecord(
    features,
    compiled,
    context.interactionPercentile,
    settings,
    now,
    title,
    normaliseCompanyName(features.company ?? ''),
    titleWordsOf(features.title),
  );
}

// Titles and company names are parsed once per distinct string and kept across calls, so
// re-scoring a network (a changed goal, the next day) costs only the arithmetic. Both are pure
// functions of the string; the bound keeps memory flat (design choice: above the 30,000
// connections LinkedIn allows, with room for other sources).
const MAX_CACHED = 200_000;
const TITLE_CACHE = new Map<string, { info: TitleInfo; words: string }>();
const COMPANY_CACHE = new Map<string, string>();

/**
 * Scores every tie of one user. The messaging percentile q of each tie is computed among these
 * ties (docs/science.md section 1: "among the user's own contacts"), so pass the whole network.
 * Goals are compiled once; titles and company names are parsed once per distinct string.
 */
export function scoreTies(
  ties: readonly TieFeatures[],
  goals: Goals | CompiledGoals,
  settings: TieSettings,
  now: Date,
): ScoredTie[] {
  const compiled = isCompiled(goals) ? goals : compileGoals(goals, settings);
  const counts = new Float64Array(ties.length);
  for (let i = 0; i < ties.length; i += 1) {
    const t = ties[i];
    if (t) counts[i] = (t.messagesSent || 0) + (t.messagesReceived || 0);
  }
  const percentiles = messagePercentiles(counts);
  if (TITLE_CACHE.size > MAX_CACHED) TITLE_CACHE.clear();
  if (COMPANY_CACHE.size > MAX_CACHED) COMPANY_CACHE.clear();
  const titles = TITLE_CACHE;
  const companies = COMPANY_CACHE;
  const scored: ScoredTie[] = new Array<ScoredTie>(ties.length);
  for (let i = 0; i < ties.length; i += 1) {
    const features = ties[i];
    if (!features) continue;
    const rawTitle = features.title ?? '';
    let title = titles.get(rawTitle);
    if (!title) {
      title = { info: parseTitle(features.title), words: titleWordsOf(features.title) };
      titles.set(rawTitle, title);
    }
    const rawCompany = features.company ?? '';
    let companyKey = companies.get(rawCompany);
    if (companyKey === undefined) {
      companyKey = normaliseCompanyName(rawCompany);
      companies.set(rawCompany, companyKey);
    }
    scored[i] = new ScoredTieRecord(
      features,
      compiled,
      percentiles[i] ?? 0,
      settings,
      now,
      title.info,
      companyKey,
      title.words,
    );
  }
  return scored;
}

/**
 * A scored tie. Figures are computed in the constructor; the explanation is worded on first
 * read and cached, so scoring 30,000 ties allocates no sentences nobody reads, and toJSON
 * includes it so API responses carry the same text users see.
 */
class ScoredTieRecord implements ScoredTie {
  readonly personId: string;
  readonly features: TieFeatures;
  readonly title: TitleInfo;
  readonly history: ContactHistory;
  readonly closeness: number;
  readonly pastCloseness: number | undefined;
  readonly reciprocity: number;
  readonly mutuals: MutualConnections | undefined;
  readonly mutualTercile: MutualTercile | undefined;
  readonly mutualBand: MutualBand | undefined;
  readonly structuralNovelty: number | undefined;
  readonly overlap: number | undefined;
  readonly isOverlapWeak: boolean | undefined;
  readonly interactionPercentile: number;
  readonly interactionTerm: number;
  readonly novelty: number;
  readonly noveltyBasis: 'mutuals-and-interaction' | 'interaction-only';
  readonly relevance: number;
  readonly goalMatch: RelevanceResult;
  readonly noveltyWeight: number;
  readonly dormantBoost: number;
  readonly opportunity: number;
  readonly strength: TieStrength;
  readonly tieClass: TieClass;
  readonly #settings: TieSettings;
  #explained: TieExplanation | undefined;

  constructor(
    features: TieFeatures,
    goals: CompiledGoals,
    percentile: number,
    settings: TieSettings,
    now: Date,
    title: TitleInfo,
    companyKey: string,
    titleWords: string,
  ) {
    const history = measureContact(features, now, settings);
    const recip = reciprocity(features, settings);
    const close = closenessFromHistory(history, features, settings, 'now', recip);
    const pastCloseness = history.hasInteracted
      ? closenessFromHistory(history, features, settings, 'last-contact', recip)
      : undefined;

    const given = features.mutualConnections;
    const mutuals =
      given === undefined || !Number.isFinite(given.count) || given.count < 0
        ? undefined
        : Number.isInteger(given.count)
          ? given
          : { count: Math.floor(given.count), source: given.source };
    const m = mutuals?.count;
    const s = m === undefined ? undefined : structuralNovelty(m, settings.structural.peakMutuals);
    const o =
      m !== undefined && features.ownerDegree !== undefined && features.contactDegree !== undefined
        ? overlap(m, features.ownerDegree, features.contactDegree)
        : undefined;

    const q = Math.min(1, Math.max(0, Number.isFinite(percentile) ? percentile : 0));
    const iq = interactionTerm(q, settings.interaction.beta);
    const bridgeFactor = (features.bridgeClusters ?? 0) > 0 ? settings.structural.bridgeBoost : 1;
    const novelty = noveltyOf(s, iq, settings) * bridgeFactor;

    const goalMatch = scoreRelevance(
      companyKey,
      title,
      titleWords,
      features.industry,
      goals,
      settings,
    );
    const wd = goalMatch.noveltyWeight;
    const dormantBoost = history.isDormant ? settings.dormancy.boost : 1;
    const band =
      m === undefined
        ? undefined
        : mutualBand(m, settings.structural.peakMutuals, settings.structural.nearPeakNovelty);
    const classInput = {
      closeness: close,
      pastCloseness,
      mutuals: m,
      hasInteracted: history.hasInteracted,
      isDormant: history.isDormant,
      metAtEvent: features.metAtEvent !== undefined,
    };

    this.personId = features.personId;
    this.features = features;
    this.title = title;
    this.history = history;
    this.closeness = close;
    this.pastCloseness = pastCloseness;
    this.reciprocity = recip;
    this.mutuals = mutuals;
    this.mutualTercile = m === undefined ? undefined : mutualTercile(m);
    this.mutualBand = band;
    this.structuralNovelty = s;
    this.overlap = o;
    this.isOverlapWeak =
      o === undefined ? undefined : isWeakOverlap(o, settings.structural.overlapWeakThreshold);
    this.interactionPercentile = q;
    this.interactionTerm = iq;
    this.novelty = novelty;
    this.noveltyBasis = s === undefined ? 'interaction-only' : 'mutuals-and-interaction';
    this.relevance = goalMatch.relevance;
    this.goalMatch = goalMatch;
    this.noveltyWeight = wd;
    this.dormantBoost = dormantBoost;
    this.opportunity = jobOpportunity(
      {
        relevance: goalMatch.relevance,
        noveltyWeight: wd,
        industryClass: goalMatch.industryClass,
        structuralNovelty: s,
        interactionTerm: iq,
        closeness: close,
        isDormant: history.isDormant,
        bridgeFactor,
      },
      settings,
    );
    this.strength = tieStrength(classInput, settings);
    this.tieClass = classifyTie(classInput, settings);
    this.#settings = settings;
  }

  get explanation(): string {
    return this.#explain().explanation;
  }

  get factors(): readonly TieFactor[] {
    return this.#explain().factors;
  }

  #explain(): TieExplanation {
    this.#explained ??= explainTie(this, this.#settings);
    return this.#explained;
  }

  toJSON(): TieFigures & TieExplanation {
    return { ...this, explanation: this.explanation, factors: [...this.factors] };
  }
}
