/**
 * Every score shows its inputs and the reason (docs/product.md, Principles: "Explainable"). One
 * sentence names the inputs and what they make of the tie ("9 mutual connections (near the peak
 * of 10), 2 messages in 2021 (rarely), dormant 4 years, at Acme (a target company): a moderately
 * weak, dormant tie at a target company"), and a list of factors gives UIs each input, its value
 * and its effect, with the source behind it.
 */
import { mutualBasis } from './mutual-words.js';
import { naicsSectorName } from '../industries/naics-sectors.js';
import { describeSeniorityGap } from '../titles/seniority.js';
import { describeStrength } from './classify-tie.js';
import { describeMessageRate, yearsFromDays } from './contact-history.js';
import type { TieFigures } from './tie-figures.js';
import type { TieSettings } from './tie-settings.js';

export type TieFactorKey =
  | 'mutual-connections'
  | 'overlap'
  | 'messages'
  | 'frequency'
  | 'recency'
  | 'closeness'
  | 'reciprocity'
  | 'company'
  | 'industry'
  | 'role'
  | 'seniority'
  | 'relevance'
  | 'industry-switch'
  | 'bridge';

export interface TieFactor {
  key: TieFactorKey;
  label: string;
  /** The input as the user would say it ("9 (recorded)", "rarely", "Acme"). */
  value: string;
  /** The number behind it, when there is one. */
  amount: number | undefined;
  effect: 'raises' | 'lowers' | 'neutral' | 'unknown';
  /** Why, with the source. */
  note: string;
}

export interface TieExplanation {
  explanation: string;
  factors: TieFactor[];
}

// Names and titles come from other people; explanations quote at most this much of them.
const MAX_QUOTED = 80;

function quote(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length > MAX_QUOTED ? `${trimmed.slice(0, MAX_QUOTED - 1)}…` : trimmed;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function yearOf(ms: number | undefined): number | undefined {
  return ms === undefined ? undefined : new Date(ms).getUTCFullYear();
}

function period(figures: TieFigures): string {
  const first = yearOf(figures.history.firstAt);
  const last = yearOf(figures.history.lastAt);
  if (first === undefined || last === undefined) return '';
  return first === last ? ` in ${last}` : ` from ${first} to ${last}`;
}

function mutualsPhrase(f: TieFigures, settings: TieSettings): string {
  if (f.mutuals === undefined || f.structuralNovelty === undefined)
    return 'mutual connections unknown';
  const peak = settings.structural.peakMutuals;
  const m = f.mutuals.count;
  const position =
    f.mutualBand === 'peak'
      ? `at the peak of ${peak}`
      : f.mutualBand === 'rising' || (f.mutualBand === undefined && m < peak)
        ? `rising toward the peak of ${peak}`
        : `past the peak of ${peak}, falling`;
  if (f.mutuals.source === 'inferred') {
    return `about ${plural(m, 'mutual connection')} (${position}; estimated from ${mutualBasis(f.mutuals)})`;
  }
  return `${plural(m, 'mutual connection')} (${position})`;
}

function contactPhrase(f: TieFigures): string {
  const h = f.history;
  if (h.messages > 0) {
    // A rate needs a span: messages within one month are one exchange, not "a month's worth".
    const rate = (h.spanDays ?? 0) >= 30 ? `${describeMessageRate(h.messagesPerYear)}; ` : '';
    return `${plural(h.messages, 'message')}${period(f)} (${rate}${plural(h.occasions, 'occasion')} of contact, ${h.band})`;
  }
  if (h.hasInteracted) return `in touch${period(f)} (${h.band})`;
  return 'never messaged';
}

function recencyPhrase(f: TieFigures): string | undefined {
  const days = f.history.daysSinceLast;
  if (days === undefined) return undefined;
  if (f.history.isDormant) return `dormant ${plural(Math.floor(yearsFromDays(days)), 'year')}`;
  if (f.history.isFading) {
    const months = Math.floor(days / 30.44);
    return `quiet for ${plural(months, 'month')}`;
  }
  return undefined;
}

function whoPhrases(f: TieFigures): string[] {
  const phrases: string[] = [];
  const g = f.goalMatch;
  const { title, company } = f.features;
  const titlePart =
    title !== undefined && title.trim() !== ''
      ? `${quote(title)}${g.isTargetRole ? ' (a target role)' : ''}`
      : '';
  let companyPart = '';
  if (company !== undefined && company.trim() !== '') {
    const note =
      g.company === 'exact'
        ? ' (a target company)'
        : g.company === 'division' && g.matchedCompany !== undefined
          ? ` (may be part of target ${quote(g.matchedCompany)})`
          : '';
    companyPart = `at ${quote(company)}${note}`;
  }
  const who = [titlePart, companyPart].filter((p) => p !== '').join(' ');
  if (who !== '') phrases.push(who);
  if (g.isTargetIndustry && f.features.industry !== undefined) {
    phrases.push(`in ${naicsSectorName(f.features.industry)} (a target industry)`);
  }
  if (g.seniorityGap !== undefined) phrases.push(describeSeniorityGap(g.seniorityGap));
  return phrases;
}

function summary(f: TieFigures): string {
  const g = f.goalMatch;
  const dormant = f.history.isDormant ? ', dormant' : '';
  const never = f.history.hasInteracted ? '' : ' you have never interacted with';
  const where =
    g.company !== undefined
      ? ' at a target company'
      : g.isTargetIndustry
        ? ' in a target industry'
        : g.isTargetRole
          ? ' in a target role'
          : '';
  return `a ${describeStrength(f.strength)}${dormant} tie${never}${where}`;
}

export function explainTie(figures: TieFigures, settings: TieSettings): TieExplanation {
  const parts = [mutualsPhrase(figures, settings), contactPhrase(figures)];
  const recency = recencyPhrase(figures);
  if (recency !== undefined) parts.push(recency);
  parts.push(...whoPhrases(figures));
  return {
    explanation: `${parts.join(', ')}: ${summary(figures)}`,
    factors: listFactors(figures, settings),
  };
}

// Design choice: a factor "raises" the score when it sits in the upper half of its [0, 1] range
// (percentile, closeness, relevance) and "lowers" it otherwise.
const MIDPOINT = 0.5;

function listFactors(f: TieFigures, settings: TieSettings): TieFactor[] {
  const factors: TieFactor[] = [];
  const peak = settings.structural.peakMutuals;
  const s = f.structuralNovelty;
  factors.push(
    f.mutuals === undefined || s === undefined
      ? {
          key: 'mutual-connections',
          label: 'Mutual connections',
          value: 'unknown',
          amount: undefined,
          effect: 'unknown',
          note: `Not in the data; novelty uses the average S = ${settings.structural.unknownMutualsNovelty} instead of guessing a count (Rajkumar et al. 2022).`,
        }
      : {
          key: 'mutual-connections',
          label: 'Mutual connections',
          value: `${f.mutuals.count} (${f.mutuals.source})`,
          amount: f.mutuals.count,
          effect: s > settings.structural.unknownMutualsNovelty ? 'raises' : 'lowers',
          note: `S(m) = ${s.toFixed(3)}; job transmission peaks near ${peak} mutual connections (Rajkumar et al. 2022).`,
        },
  );
  if (f.overlap !== undefined) {
    factors.push({
      key: 'overlap',
      label: 'Neighbourhood overlap',
      value: `${f.overlap.toFixed(4)}${f.isOverlapWeak ? ' (weak)' : ' (strong)'}`,
      amount: f.overlap,
      effect: 'neutral',
      note: `Below ${settings.structural.overlapWeakThreshold} is weak (the median in Rajkumar et al. 2022).`,
    });
  }
  const q = f.interactionPercentile;
  factors.push({
    key: 'messages',
    label: 'Messages exchanged',
    value: `${f.history.messages} (percentile ${q.toFixed(2)})`,
    amount: f.history.messages,
    effect: q <= MIDPOINT ? 'raises' : 'lowers',
    note: `I(q) = ${f.interactionTerm.toFixed(3)}: the less a pair messages, the more jobs the tie transmits (Rajkumar et al. 2022).`,
  });
  factors.push({
    key: 'frequency',
    label: 'Contact frequency',
    value: f.history.band,
    amount: f.history.contactsPerYear,
    effect: 'neutral',
    note: `${f.history.contactsPerYear.toFixed(1)} contacts a year; bands from Granovetter (1974).`,
  });
  const days = f.history.daysSinceLast;
  factors.push({
    key: 'recency',
    label: 'Last contact',
    value: days === undefined ? 'never' : `${yearsFromDays(days).toFixed(1)} years ago`,
    amount: days,
    effect: f.history.isDormant ? 'raises' : f.history.isFading ? 'lowers' : 'neutral',
    note: f.history.isDormant
      ? `Dormant: reconnecting pays (Levin et al. 2011); score x${settings.dormancy.boost}.`
      : f.history.isFading
        ? 'Fading: closeness falls with time since last contact (Gilbert and Karahalios 2009).'
        : 'Recent enough to be current.',
  });
  factors.push({
    key: 'closeness',
    label: 'Closeness',
    value: f.closeness.toFixed(2),
    amount: f.closeness,
    effect: f.closeness >= MIDPOINT ? 'raises' : 'lowers',
    note:
      f.goalMatch.industryClass === 'non-digital'
        ? `Weighted ${(1 - f.noveltyWeight).toFixed(2)} in the score: in less digital industries stronger ties help (Rajkumar et al. 2022; Gilbert and Karahalios 2009 signs).`
        : 'Decides how to ask, not whom: for this target the score falls with interaction, as in digital industries (Rajkumar et al. 2022).',
  });
  factors.push({
    key: 'reciprocity',
    label: 'Reciprocity',
    value: f.reciprocity.toFixed(2),
    amount: f.reciprocity,
    effect: f.reciprocity > 0 ? 'raises' : 'neutral',
    note: 'Balanced messages, replies, endorsements, recommendations, introductions (Granovetter 1973).',
  });
  pushGoalFactors(f, factors, settings);
  const bridges = f.features.bridgeClusters;
  if (bridges !== undefined && bridges > 0) {
    factors.push({
      key: 'bridge',
      label: 'Bridge',
      value: `your only link to ${bridges} cluster${bridges === 1 ? '' : 's'} of your network`,
      amount: bridges,
      effect: 'raises',
      note: 'Spans a structural hole: news from there reaches you through nobody else (Burt 2004).',
    });
  }
  factors.push({
    key: 'industry-switch',
    label: 'Industry switch',
    value: `w_d = ${f.noveltyWeight} (${f.goalMatch.industryClass})`,
    amount: f.noveltyWeight,
    effect: 'neutral',
    note: `${industrySource(f)} Weak ties weigh more in digital industries, strong ties in the others (Rajkumar et al. 2022).`,
  });
  return factors;
}

/** Where the industry class of the switch came from: the contact's industry, or the goals. */
function industrySource(f: TieFigures): string {
  const industry = f.features.industry;
  const evidence = f.features.industryEvidence;
  const basis = evidence
    ? ` (inferred from ${evidence.evidence}, confidence ${evidence.confidence.toFixed(1)})`
    : '';
  if (industry !== undefined && f.goalMatch.isTargetIndustry) {
    return `From their industry, ${naicsSectorName(industry)}${basis}.`;
  }
  if (industry !== undefined) {
    return `Their industry, ${naicsSectorName(industry)}${basis}, is not one of your targets, so this falls back to your goals.`;
  }
  return 'Their industry is unknown, so this falls back to your goals.';
}

function pushGoalFactors(f: TieFigures, factors: TieFactor[], settings: TieSettings): void {
  const g = f.goalMatch;
  const company = f.features.company;
  factors.push({
    key: 'company',
    label: 'Company',
    value: company === undefined || company.trim() === '' ? 'unknown' : quote(company),
    amount: undefined,
    effect: g.company !== undefined ? 'raises' : 'neutral',
    note:
      g.company === 'exact'
        ? 'A target company: jobs travel to the contact’s company (Rajkumar et al. 2022).'
        : g.company === 'division'
          ? `Looks like part of target ${quote(g.matchedCompany ?? '')}; check it.`
          : 'Not a target company.',
  });
  const industry = f.features.industry;
  factors.push({
    key: 'industry',
    label: 'Industry',
    value: industry === undefined ? 'unknown' : naicsSectorName(industry),
    amount: undefined,
    effect: g.isTargetIndustry ? 'raises' : industry === undefined ? 'unknown' : 'neutral',
    note: g.isTargetIndustry ? 'A target industry.' : 'Not a target industry.',
  });
  factors.push({
    key: 'role',
    label: 'Role',
    value: `${f.title.function}, ${f.title.seniority}`,
    amount: undefined,
    effect: g.isTargetRole ? 'raises' : 'neutral',
    note: g.isTargetRole ? 'A target role.' : 'Not a target role.',
  });
  factors.push({
    key: 'seniority',
    label: 'Seniority',
    value: g.seniorityGap === undefined ? 'unknown' : describeSeniorityGap(g.seniorityGap),
    amount: g.seniorityGap,
    effect:
      g.seniorityFit === undefined
        ? 'unknown'
        : g.seniorityFit > settings.relevance.unknownSeniorityFit
          ? 'raises'
          : g.seniorityFit < settings.relevance.unknownSeniorityFit
            ? 'lowers'
            : 'neutral',
    note: 'A step or two ahead of you helps most (design choice).',
  });
  factors.push({
    key: 'relevance',
    label: 'Relevance to your goals',
    value: f.relevance.toFixed(2),
    amount: f.relevance,
    effect: f.relevance >= MIDPOINT ? 'raises' : 'lowers',
    note: 'Multiplies the score (Rajkumar et al. 2022: jobs travel to the contact’s company).',
  });
}
