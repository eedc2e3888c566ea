/**
 * Checks on every draft, each with the reason shown to the user (issue 7, item 4; docs/product.md
 * "Five habits" and "Quality and quantity"): within the length limit, no unfilled placeholder,
 * none of the generic phrases the method warns against, a specific ask where the situation needs
 * one, and at least one personal detail.
 */
export type CheckCode =
  'too-long' | 'unfilled-placeholder' | 'generic-phrase' | 'no-specific-ask' | 'no-personal-detail';

export interface DraftProblem {
  code: CheckCode;
  reason: string;
}

export interface DraftCheckContext {
  /** Characters allowed (note or message limit, docs/science.md section 6). */
  maxLength: number;
  requiresAsk: boolean;
  /** Things only this person would recognise: their company, title, what you share. */
  personalDetails: readonly string[];
}

/** docs/product.md: never "can I pick your brain?", and a solution, not "I am looking for work". */
const GENERIC_PHRASES: readonly { pattern: RegExp; reason: string }[] = [
  {
    pattern: /\bpick (your|ur) brains?\b/i,
    reason: '"pick your brain" is what the method warns against: ask for specific advice instead',
  },
  {
    pattern:
      /\b(looking|searching) for (a |some )?(new )?(work|job|jobs|role|position|opportunit(y|ies)|my next (role|job|position|opportunity))\b/i,
    reason:
      'says you are looking for work instead of the problems you solve (set them with: weakties goals set --solution)',
  },
  {
    pattern: /\b(any|some) (job )?(openings|opportunities) (for me|available)\b/i,
    reason: 'asks for "any openings": say which role and which problems you solve',
  },
];

/**
 * Asking phrases: a question, or a request phrased as one. A question mark alone counts, since
 * the method's asks are questions.
 */
const ASK_PATTERN =
  /\?|\b(would you|could you|can we|can you|are you open|would it be|do you know|let me know if|may i)\b/i;

function countCharacters(text: string): number {
  return [...text].length;
}

export function checkDraft(text: string, context: DraftCheckContext): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const length = countCharacters(text);
  if (length > context.maxLength) {
    problems.push({
      code: 'too-long',
      reason: `${length} characters, over the limit of ${context.maxLength}: cut ${length - context.maxLength}`,
    });
  }
  const unfilled = [...new Set([...text.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[0]))];
  if (unfilled.length) {
    problems.push({
      code: 'unfilled-placeholder',
      reason: `fill ${unfilled.join(', ')} before sending`,
    });
  }
  for (const phrase of GENERIC_PHRASES) {
    const match = phrase.pattern.exec(text);
    if (match) problems.push({ code: 'generic-phrase', reason: `"${match[0]}": ${phrase.reason}` });
  }
  if (context.requiresAsk && !ASK_PATTERN.test(text)) {
    problems.push({
      code: 'no-specific-ask',
      reason:
        'no specific ask: end with one concrete question (a 15-minute call, one piece of advice, an introduction)',
    });
  }
  const lower = text.toLowerCase();
  const details = context.personalDetails
    .map((d) => d.trim().toLowerCase())
    .filter((d) => d.length >= 2);
  if (!details.some((d) => lower.includes(d))) {
    problems.push({
      code: 'no-personal-detail',
      reason: 'nothing personal: mention their company, their role or what you share',
    });
  }
  return problems;
}
