/**
 * The title classes docs/demo-data.md counts (recruiting/talent; CEO, chief, founder, president; VP,
 * director, head of; manager; student, intern), first match wins, with the Spanish, German and
 * French words the demo uses for the same roles. A test's independent reading of a title.
 */
const TITLE_CLASSES: readonly (readonly [string, RegExp])[] = [
  ['recruiting', /recru|reclut|talent|sourcer|headhunt/i],
  [
    'executive',
    /\b(ceo|cto|cfo|coo|cmo|cio|cpo)\b|chief|founder|fundador|fondat|(?<!vice[- ])president|présid|geschäftsführ/i,
  ],
  ['vp-director', /\b(vp|vice president|head of)\b|\bdirect(or|ora|eur|rice)\b/i],
  ['manager', /manager|\bmgr\b|gerente|responsable/i],
  ['student', /student|\bintern\b|praktikant|stagiaire|becari|estudiante|étudiant/i],
];

export function classifyTitle(title: string): string {
  return TITLE_CLASSES.find(([, pattern]) => pattern.test(title))?.[0] ?? 'individual';
}
