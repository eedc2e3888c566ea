/**
 * Every number the tie-strength model uses, in one place, each with its source: a section of
 * docs/science.md and the paper behind it, or "design choice" where no source gives the
 * number. Users may override any of them (`resolveTieSettings`); overrides are validated so a
 * typo cannot silently flip a sign the research fixed.
 */
import { AppError } from '../app-error.js';
import type { NaicsSectorCode } from '../industries/naics-sectors.js';
import { DEFAULT_DIGITAL_SECTORS, isNaicsSectorCode } from '../industries/naics-sectors.js';

// A type alias (not an interface) so the validator can walk it as a plain record.
export type TieSettings = {
  structural: {
    /** m*, the peak of S(m). */
    peakMutuals: number;
    /** Novelty used in place of S(m) when the mutual-connection count is unknown. */
    unknownMutualsNovelty: number;
    /** Below this many mutual connections a tie is in the paper's weakest tercile. */
    moderatelyWeakMinMutuals: number;
    /** Overlap O below this is "weak". */
    overlapWeakThreshold: number;
    /** S(m) at or above this is described as "near the peak". */
    nearPeakNovelty: number;
    /** Novelty multiplier for a contact who alone connects the user to another cluster. */
    bridgeBoost: number;
  };
  interaction: {
    /** beta in I(q) = 1 - beta q. */
    beta: number;
  };
  industry: {
    /** w_d where the target industry is digital. */
    digitalNoveltyWeight: number;
    /** w_d where it is not. */
    nonDigitalNoveltyWeight: number;
    /** w_d when no target industry (or a mix) says which. */
    unknownNoveltyWeight: number;
    /** NAICS sectors counted as digital. */
    digitalSectors: readonly NaicsSectorCode[];
  };
  closeness: {
    intercept: number;
    /** Added instead of the contact terms when the pair never interacted. */
    neverInteracted: number;
    /** Per unit of ln(1 + days since last contact); must be <= 0. */
    lastContact: number;
    /** Per unit of ln(1 + days since first contact); must be >= 0. */
    firstContact: number;
    /** Per unit of ln(1 + messages exchanged); must be >= 0. */
    messages: number;
    /** Per unit of ln(1 + words exchanged); must be >= 0. */
    words: number;
    /** Per unit of the reciprocity score in [0, 1]; must be >= 0. */
    reciprocity: number;
    /** Intimacy x structural interaction term; must be >= 0. */
    intimacyStructural: number;
    /** Messages at which intimacy reaches 1 (log scale). */
    intimacySaturationMessages: number;
    /** Mutual connections at which the structural term reaches 1 (log scale). */
    structuralSaturationMutuals: number;
    /** Past closeness is read this many days after the last contact. */
    pastClosenessDays: number;
    reciprocityParts: {
      /** Share of reciprocity from balanced messaging and balanced initiative. */
      balance: number;
      /** Share from the rate at which they reply to conversations the owner starts. */
      replies: number;
      /** Share from reciprocal services: endorsements, recommendations, introductions. */
      services: number;
      endorsement: number;
      recommendationReceived: number;
      recommendationGiven: number;
      introduction: number;
      invitedByThem: number;
    };
  };
  bands: {
    /** "Often": at least this many contacts a week. */
    oftenPerWeek: number;
    /** "Rarely": at most this many contacts a year. */
    rarelyPerYear: number;
    /** Contact rates are measured over at least this many days. */
    minimumSpanDays: number;
  };
  classes: {
    /** Closeness at or above which a tie is strong. */
    strongCloseness: number;
    /** Closeness at or above which a tie is at least moderately weak. */
    moderatelyWeakCloseness: number;
  };
  dormancy: {
    /** No contact for this many years after a real relationship: dormant. */
    dormantAfterYears: number;
    /** No contact for this many years (but fewer than dormant): fading. */
    fadingAfterYears: number;
    /** Messages it takes to count as a past relationship. */
    minimumPastMessages: number;
    /** Multiplier on the job-opportunity score of dormant ties. */
    boost: number;
  };
  relevance: {
    /** Relevance of a contact who matches no goal (never zero: they still bring news). */
    floor: number;
    company: number;
    industry: number;
    role: number;
    /** How much the seniority fit can lower relevance. */
    seniorityWeight: number;
    /** Fit used when the owner's or the contact's level is unknown. */
    unknownSeniorityFit: number;
    seniorityFit: {
      belowByTwoOrMore: number;
      belowByOne: number;
      same: number;
      aheadByOne: number;
      aheadByTwo: number;
      aheadByThree: number;
      aheadByFourOrMore: number;
    };
  };
  lists: {
    /** How many people one "tell 20 to 30 people" wave holds. */
    tellWaveSize: number;
    /** At most this many people from one company in a wave. */
    tellWaveMaxPerCompany: number;
    /** Share of a wave for dormant and fading ties, for weak ties; the rest is strong ties. */
    tellWaveReconnectShare: number;
    tellWaveWeakShare: number;
    /** A never-used connection is a pruning candidate only after this many days. */
    pruneMinimumConnectionDays: number;
  };
};

export const DEFAULT_TIE_SETTINGS: TieSettings = {
  structural: {
    // docs/science.md section 1: job transmission peaks at about 10 mutual connections (Rajkumar et
    // al. 2022, robust with the step at 6 or 8); weakties allows 6 to 10.
    peakMutuals: 10,
    // Design choice: the mean of S(m) over a population with the paper's mean 9.71 and SD 18.3
    // of mutual connections (negative binomial) is 0.497. It stands for "an average tie", not a
    // guess of this tie's m; the explanation says the count is unknown.
    unknownMutualsNovelty: 0.5,
    // docs/science.md section 1: terciles 0-1, 2-6, 7+; the 0-1 tercile transmits fewest jobs.
    moderatelyWeakMinMutuals: 2,
    // docs/science.md section 1: the median overlap 0.0024 splits weak from strong in the 2019 code.
    overlapWeakThreshold: 0.0024,
    // Design choice: S(m) >= 0.9 covers m = 6..15 at m* = 10, "around the peak".
    nearPeakNovelty: 0.9,
    // Design choice on Burt (2004, docs/science.md section 4): a contact who is the user's only
    // route into a cluster of their network spans a structural hole, and what they know is less
    // likely to be known already; their novelty is raised by a fifth.
    bridgeBoost: 1.2,
  },
  interaction: {
    // docs/science.md section 1: I(q) = 1 - beta q, beta 0.5 (design choice; the paper's magnitudes
    // come from a 0.3 % base rate and do not transfer), decreasing as the paper found.
    beta: 0.5,
  },
  industry: {
    // docs/science.md section 1, industry switch: about 0.8 digital, 0.4 not (design choice on the
    // paper's direction: weak ties pay in digital industries, strong ties in the others).
    digitalNoveltyWeight: 0.8,
    nonDigitalNoveltyWeight: 0.4,
    // Design choice: the midpoint when no target industry says which side applies.
    unknownNoveltyWeight: 0.6,
    // industries/naics-sectors.ts: the paper's top 25 % split; the per-sector list is a design choice.
    digitalSectors: DEFAULT_DIGITAL_SECTORS,
  },
  closeness: {
    // docs/science.md section 3 (Gilbert and Karahalios 2009): a linear model on log features with
    // their signs (days since last contact -0.76, days since first +0.755, words +0.299,
    // intimacy x structural +0.40, standardised). The magnitudes below are design choices on
    // raw log units, set so that: never interacted ~0.02, two messages last month ~0.13, ten
    // messages over the last year ~0.6, forty over two years ~0.74, a close colleague ~0.99.
    intercept: -2.5,
    neverInteracted: -1.4,
    lastContact: -0.7,
    firstContact: 0.35,
    messages: 0.55,
    words: 0.1,
    reciprocity: 1.0,
    intimacyStructural: 1.0,
    // Design choice: 200 messages (the 2024 export's heaviest conversations run to a few
    // hundred, docs/demo-data.md) and 50 mutual connections (about the paper's mean + 2 SD).
    intimacySaturationMessages: 200,
    structuralSaturationMutuals: 50,
    // Design choice: ln(1 + days) is steep near zero, so "the day of last contact" would inflate
    // every past tie; a month after it puts past and current closeness on the same footing.
    pastClosenessDays: 30,
    reciprocityParts: {
      // Design choice: Granovetter (1973) names "reciprocal services" as one of four parts of
      // tie strength; these shares and per-item weights turn the export's signals into [0, 1].
      balance: 0.4,
      replies: 0.3,
      services: 0.3,
      endorsement: 0.5,
      recommendationReceived: 1.5,
      recommendationGiven: 1.0,
      introduction: 1.5,
      invitedByThem: 0.5,
    },
  },
  bands: {
    // docs/science.md section 2 (Granovetter 1974): often = at least twice a week; occasionally =
    // more than once a year but less than twice a week; rarely = once a year or less.
    oftenPerWeek: 2,
    rarelyPerYear: 1,
    // Design choice: a burst of messages in one week is not "often"; rates use at least a year.
    minimumSpanDays: 365.25,
  },
  classes: {
    // Design choice on the closeness scale above: "ten messages over the last year" sits just
    // under strong, "forty over two years" above it.
    strongCloseness: 0.6,
    moderatelyWeakCloseness: 0.2,
  },
  dormancy: {
    // docs/science.md section 5 (Levin, Walter and Murnighan 2011): out of touch for 3+ years.
    dormantAfterYears: 3,
    // Design choice: a year without contact is when a tie starts to fade.
    fadingAfterYears: 1,
    // Design choice: one exchange (a message and a reply) makes a past relationship.
    minimumPastMessages: 2,
    // docs/science.md section 5: dormant ties were as useful as current ones and more novel; the
    // boost (design choice) offsets the closeness they lost to time.
    boost: 1.25,
  },
  relevance: {
    // docs/science.md section 1, Relevance: transmission means joining the contact's company, so
    // the company match weighs most. Weights combine as a noisy-or; all values design choices.
    floor: 0.15,
    company: 0.8,
    industry: 0.5,
    role: 0.4,
    seniorityWeight: 0.3,
    unknownSeniorityFit: 0.7,
    // Design choice: "a step or two ahead" is best (docs/product.md: people at or above your level
    // can hire or introduce); far above is less reachable, below is less able to help.
    seniorityFit: {
      belowByTwoOrMore: 0.2,
      belowByOne: 0.4,
      same: 0.7,
      aheadByOne: 1,
      aheadByTwo: 1,
      aheadByThree: 0.7,
      aheadByFourOrMore: 0.45,
    },
  },
  lists: {
    // docs/product.md "Reconnect": tell 20 to 30 people what you are looking for; 25 is the middle.
    tellWaveSize: 25,
    // Design choice: docs/product.md asks for diversity across places and industries.
    tellWaveMaxPerCompany: 2,
    tellWaveReconnectShare: 0.4,
    tellWaveWeakShare: 0.4,
    // Design choice: give a new connection a year before suggesting to prune it.
    pruneMinimumConnectionDays: 365,
  },
};

/** A partial override, as read from a settings file. */
export type TieSettingsInput = {
  [K in keyof TieSettings]?: Partial<{
    [L in keyof TieSettings[K]]: TieSettings[K][L] extends Record<string, number>
      ? Partial<TieSettings[K][L]>
      : TieSettings[K][L];
  }>;
};

interface Range {
  min: number;
  max: number;
  integer?: boolean;
}

const UNIT: Range = { min: 0, max: 1 };
const POSITIVE: Range = { min: 1e-9, max: 1e9 };
const NON_NEGATIVE: Range = { min: 0, max: 1e9 };
const NON_POSITIVE: Range = { min: -1e9, max: 0 };
const ANY: Range = { min: -1e9, max: 1e9 };

// The allowed range of every number; the signs of the closeness weights are docs/science.md section 3's.
const RANGES: Record<string, Range> = {
  'structural.peakMutuals': { min: 6, max: 10 },
  'structural.unknownMutualsNovelty': UNIT,
  'structural.moderatelyWeakMinMutuals': { min: 0, max: 1000, integer: true },
  'structural.overlapWeakThreshold': { min: 1e-9, max: 1 },
  'structural.nearPeakNovelty': UNIT,
  'structural.bridgeBoost': { min: 1, max: 3 },
  'interaction.beta': UNIT,
  'industry.digitalNoveltyWeight': UNIT,
  'industry.nonDigitalNoveltyWeight': UNIT,
  'industry.unknownNoveltyWeight': UNIT,
  'closeness.intercept': ANY,
  'closeness.neverInteracted': ANY,
  'closeness.lastContact': NON_POSITIVE,
  'closeness.firstContact': NON_NEGATIVE,
  'closeness.messages': NON_NEGATIVE,
  'closeness.words': NON_NEGATIVE,
  'closeness.reciprocity': NON_NEGATIVE,
  'closeness.intimacyStructural': NON_NEGATIVE,
  'closeness.intimacySaturationMessages': { min: 1, max: 1e9 },
  'closeness.structuralSaturationMutuals': { min: 1, max: 1e9 },
  'closeness.pastClosenessDays': { min: 0, max: 36_500 },
  'closeness.reciprocityParts.balance': UNIT,
  'closeness.reciprocityParts.replies': UNIT,
  'closeness.reciprocityParts.services': UNIT,
  'closeness.reciprocityParts.endorsement': NON_NEGATIVE,
  'closeness.reciprocityParts.recommendationReceived': NON_NEGATIVE,
  'closeness.reciprocityParts.recommendationGiven': NON_NEGATIVE,
  'closeness.reciprocityParts.introduction': NON_NEGATIVE,
  'closeness.reciprocityParts.invitedByThem': NON_NEGATIVE,
  'bands.oftenPerWeek': POSITIVE,
  'bands.rarelyPerYear': POSITIVE,
  'bands.minimumSpanDays': { min: 1, max: 36_500 },
  'classes.strongCloseness': UNIT,
  'classes.moderatelyWeakCloseness': UNIT,
  'dormancy.dormantAfterYears': { min: 0.1, max: 100 },
  'dormancy.fadingAfterYears': { min: 0.01, max: 100 },
  'dormancy.minimumPastMessages': { min: 1, max: 1e6, integer: true },
  'dormancy.boost': { min: 1, max: 10 },
  'relevance.floor': { min: 0, max: 0.99 },
  'relevance.company': UNIT,
  'relevance.industry': UNIT,
  'relevance.role': UNIT,
  'relevance.seniorityWeight': UNIT,
  'relevance.unknownSeniorityFit': UNIT,
  'relevance.seniorityFit.belowByTwoOrMore': UNIT,
  'relevance.seniorityFit.belowByOne': UNIT,
  'relevance.seniorityFit.same': UNIT,
  'relevance.seniorityFit.aheadByOne': UNIT,
  'relevance.seniorityFit.aheadByTwo': UNIT,
  'relevance.seniorityFit.aheadByThree': UNIT,
  'relevance.seniorityFit.aheadByFourOrMore': UNIT,
  'lists.tellWaveSize': { min: 1, max: 100, integer: true },
  'lists.tellWaveMaxPerCompany': { min: 1, max: 100, integer: true },
  'lists.tellWaveReconnectShare': UNIT,
  'lists.tellWaveWeakShare': UNIT,
  'lists.pruneMinimumConnectionDays': { min: 0, max: 36_500 },
};

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every problem with an override, in words a user can act on ("structural.peakMutuals must be
 * between 6 and 10"). Empty when the override is valid. Accepts untrusted JSON.
 */
export function findTieSettingsProblems(input: unknown): string[] {
  const problems: string[] = [];
  if (input === undefined) return problems;
  if (!isPlainObject(input)) return ['tie settings must be an object'];
  checkObject(input, DEFAULT_TIE_SETTINGS, '', problems);
  if (isValidInput(input, problems)) checkRelations(mergeSettings(input), problems);
  return problems;
}

function checkObject(input: Plain, defaults: Plain, prefix: string, problems: string[]): void {
  for (const [key, value] of Object.entries(input)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (!Object.hasOwn(defaults, key)) {
      problems.push(`unknown setting ${path}`);
      continue;
    }
    const fallback = defaults[key];
    if (path === 'industry.digitalSectors') {
      if (!Array.isArray(value) || !value.every((code) => isNaicsSectorCode(code))) {
        problems.push(`${path} must be a list of NAICS sector codes such as "51" or "31-33"`);
      }
    } else if (isPlainObject(fallback)) {
      if (isPlainObject(value)) checkObject(value, fallback, path, problems);
      else problems.push(`${path} must be an object`);
    } else {
      checkNumber(path, value, problems);
    }
  }
}

function checkNumber(path: string, value: unknown, problems: string[]): void {
  const range = RANGES[path];
  if (range === undefined) {
    problems.push(`unknown setting ${path}`);
    return;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.push(`${path} must be a number`);
  } else if (value < range.min || value > range.max) {
    problems.push(`${path} must be between ${range.min} and ${range.max}`);
  } else if (range.integer && !Number.isInteger(value)) {
    problems.push(`${path} must be a whole number`);
  }
}

function checkRelations(s: TieSettings, problems: string[]): void {
  if (s.classes.moderatelyWeakCloseness >= s.classes.strongCloseness) {
    problems.push('classes.moderatelyWeakCloseness must be below classes.strongCloseness');
  }
  if (s.dormancy.fadingAfterYears >= s.dormancy.dormantAfterYears) {
    problems.push('dormancy.fadingAfterYears must be below dormancy.dormantAfterYears');
  }
  if (s.bands.oftenPerWeek * (365.25 / 7) <= s.bands.rarelyPerYear) {
    problems.push('bands.oftenPerWeek must be a higher rate than bands.rarelyPerYear');
  }
  if (s.lists.tellWaveReconnectShare + s.lists.tellWaveWeakShare > 1) {
    problems.push(
      'lists.tellWaveReconnectShare and lists.tellWaveWeakShare must add up to at most 1',
    );
  }
  const parts = s.closeness.reciprocityParts;
  if (parts.balance + parts.replies + parts.services > 1 + 1e-9) {
    problems.push(
      'closeness.reciprocityParts balance, replies and services must add up to at most 1',
    );
  }
}

/** Narrows input that findTieSettingsProblems found nothing wrong with. */
function isValidInput(input: unknown, problems: readonly string[]): input is TieSettingsInput {
  return problems.length === 0 && isPlainObject(input);
}

function mergeSettings(input: TieSettingsInput): TieSettings {
  const d = DEFAULT_TIE_SETTINGS;
  return {
    structural: { ...d.structural, ...input.structural },
    interaction: { ...d.interaction, ...input.interaction },
    industry: { ...d.industry, ...input.industry },
    closeness: {
      ...d.closeness,
      ...input.closeness,
      reciprocityParts: { ...d.closeness.reciprocityParts, ...input.closeness?.reciprocityParts },
    },
    bands: { ...d.bands, ...input.bands },
    classes: { ...d.classes, ...input.classes },
    dormancy: { ...d.dormancy, ...input.dormancy },
    relevance: {
      ...d.relevance,
      ...input.relevance,
      seniorityFit: { ...d.relevance.seniorityFit, ...input.relevance?.seniorityFit },
    },
    lists: { ...d.lists, ...input.lists },
  };
}

/**
 * The defaults with a user's overrides applied. Throws AppError('invalid-input') listing every
 * problem, so a settings file is fixed in one pass; `findTieSettingsProblems` gives the list
 * without throwing.
 */
export function resolveTieSettings(input?: unknown): TieSettings {
  if (input === undefined) return DEFAULT_TIE_SETTINGS;
  const problems = findTieSettingsProblems(input);
  if (!isValidInput(input, problems)) {
    throw new AppError('invalid-input', `Invalid tie settings: ${problems.join('; ')}`);
  }
  return mergeSettings(input);
}
