/**
 * The words parseTitle knows, in English, Spanish, German, French and Portuguese, after accents
 * are stripped and text lowercased ("Geschäftsführer" is looked up as "geschaftsfuhrer"). Keys
 * are one to three tokens; the parser tries the longest first, so "vice president" wins over
 * "president" and "head hunter" over "head". Which level or function each word maps to is a
 * design choice, checked against the title table in parse-title.test.ts.
 */
import type { Seniority } from './seniority.js';

export const TITLE_FUNCTIONS = [
  'engineering',
  'product',
  'design',
  'data',
  'sales',
  'marketing',
  'finance',
  'hr',
  'recruiting',
  'operations',
  'legal',
  'executive',
  'education',
  'healthcare',
  'consulting',
  'other',
] as const;

export type TitleFunction = (typeof TITLE_FUNCTIONS)[number];

/**
 * What one word or phrase says. `strength` ranks function evidence: 3 recruiting (always wins:
 * a "Technical Recruiter" recruits), 2 a role noun ("engineer", "designer", "CFO"), 1 a domain
 * word ("sales", "product"), 0.5 a weak hint ("analyst"), 0 the executive fallback ("founder",
 * "owner": founder of what is told by the other words).
 */
export interface TitleSignal {
  fn?: TitleFunction;
  strength?: number;
  seniority?: Seniority;
  isExecutiveRecruiter?: boolean;
  /** "associate", "assistant", "deputy": the next level word counts one step lower. */
  stepsDown?: boolean;
}

type Entry = readonly [keys: string, signal: TitleSignal];

const role = (fn: TitleFunction): TitleSignal => ({ fn, strength: 2 });
const domain = (fn: TitleFunction): TitleSignal => ({ fn, strength: 1 });
const level = (seniority: Seniority): TitleSignal => ({ seniority });
const chief = (fn: TitleFunction): TitleSignal => ({ fn, strength: 2, seniority: 'c-level' });
const exec = (seniority: Seniority): TitleSignal => ({ fn: 'executive', strength: 0, seniority });
const recruiter: TitleSignal = { fn: 'recruiting', strength: 3 };
const headhunter: TitleSignal = { fn: 'recruiting', strength: 3, isExecutiveRecruiter: true };

// Each entry lists spellings separated by "/"; every spelling maps to the same signal.
const ENTRIES: readonly Entry[] = [
  // Seniority, English and abbreviations.
  ['senior/sr/snr/sen', level('senior')],
  ['junior/jr/jnr/entry level/graduate/trainee/apprentice', level('entry')],
  ['intern/internship/co op/summer associate', level('intern')],
  ['summer analyst', { fn: 'data', strength: 0.5, seniority: 'intern' }],
  [
    'student/undergraduate/phd student/phd candidate/doctoral candidate/mba candidate/graduate student',
    level('student'),
  ],
  ['lead/leader/team lead/supervisor/foreman/principal', level('lead')],
  ['tech lead/technical lead', { fn: 'engineering', strength: 1, seniority: 'lead' }],
  ['manager/mgr/mngr', level('manager')],
  ['head/head of/leiter/leiterin', level('head')],
  ['director/dir', level('director')],
  ['art director/creative director', { fn: 'design', strength: 2, seniority: 'director' }],
  ['executive director', level('director')],
  ['vp/svp/evp/vice president/senior vice president/executive vice president', level('vp')],
  ['avp/assistant vice president', level('director')],
  ['partner/general partner/senior partner', level('partner')],
  ['managing partner', exec('c-level')],
  ['associate/assistant', { seniority: 'entry', stepsDown: true }],
  ['deputy', { stepsDown: true }],
  // Function managers who manage a product, project or account, not people (design choice).
  [
    'product manager/product owner/product mgr',
    { fn: 'product', strength: 2, seniority: 'individual' },
  ],
  [
    'project manager/program manager/programme manager/project mgr',
    { fn: 'operations', strength: 2, seniority: 'individual' },
  ],
  ['account manager/key account manager', { fn: 'sales', strength: 2, seniority: 'individual' }],
  [
    'community manager/social media manager',
    { fn: 'marketing', strength: 2, seniority: 'individual' },
  ],
  ['customer success manager', { fn: 'sales', strength: 2, seniority: 'individual' }],
  ['office manager', { fn: 'operations', strength: 2, seniority: 'individual' }],
  ['case manager', { fn: 'healthcare', strength: 2, seniority: 'individual' }],
  // Executives.
  [
    'ceo/chief executive officer/chief executive/pdg/president directeur general',
    chief('executive'),
  ],
  ['cto/chief technology officer/chief technical officer', chief('engineering')],
  ['cio/chief information officer/ciso/chief information security officer', chief('engineering')],
  ['cfo/chief financial officer/chief finance officer', chief('finance')],
  ['coo/chief operating officer/chief operations officer', chief('operations')],
  // CPO is also "Chief People Officer"; product is the commoner reading on LinkedIn (design choice).
  ['cpo/chief product officer', chief('product')],
  ['chief people officer/chro/chief human resources officer', chief('hr')],
  ['cmo/chief marketing officer', chief('marketing')],
  ['cdo/chief data officer', chief('data')],
  ['cro/chief revenue officer', chief('sales')],
  ['chief', exec('c-level')],
  [
    'cso/president/presidente/presidenta/chairman/chairwoman/chairperson/board member',
    exec('c-level'),
  ],
  ['managing director/director general/directora general/director ejecutivo', exec('c-level')],
  [
    'directora ejecutiva/diretor geral/diretora geral/diretor executivo/diretora executiva',
    exec('c-level'),
  ],
  [
    'directeur general/directrice generale/gerente general/geschaftsfuhrer/geschaftsfuhrerin',
    exec('c-level'),
  ],
  ['vorstand/vorstandsvorsitzender/vorstandsmitglied', exec('c-level')],
  ['general manager', exec('director')],
  ['chief of staff', { fn: 'operations', strength: 2, seniority: 'director' }],
  ['founder/cofounder/co founder/founding partner/entrepreneur', exec('founder')],
  [
    'owner/co owner/inhaber/inhaberin/fundador/fundadora/fondateur/fondatrice/grunder/grunderin',
    exec('founder'),
  ],
  ['propietario/propietaria/socio fundador', exec('founder')],
  // Seniority in other languages.
  ['directora/diretor/diretora/direktor/direktorin/directeur/directrice', level('director')],
  ['gerente/gestor/gestora/responsable/jefe/jefa/gerant/gerante/chef de', level('manager')],
  ['abteilungsleiter/abteilungsleiterin', level('head')],
  ['lider/coordenador/coordenadora/teamleiter/teamleiterin', level('lead')],
  ['socio/socia', level('partner')],
  ['vicepresidente/vicepresidenta/vizeprasident', level('vp')],
  ['praktikant/praktikantin/stagiaire/becario/becaria/practicante/pasante', level('intern')],
  ['estagiario/estagiaria', level('intern')],
  [
    'werkstudent/werkstudentin/estudiante/etudiant/etudiante/estudante/alternant/alternante',
    level('student'),
  ],
  ['auszubildender/auszubildende/azubi/aprendiz', level('entry')],
  ['asistente/auxiliar/assistente', level('entry')],
  ['chef de projet', { fn: 'operations', strength: 2, seniority: 'manager' }],
  [
    'jefe de proyecto/jefa de proyecto/projektleiter/projektleiterin',
    { fn: 'operations', strength: 2, seniority: 'manager' },
  ],
  // Recruiting (docs/product.md "Grow with a target", part 2: executive recruiters in your sector).
  [
    'recruiter/recruiters/recruiting/recruitment/sourcer/talent sourcer/talent acquisition/talent partner',
    recruiter,
  ],
  ['reclutador/reclutadora/reclutamiento/recrutador/recrutadora/recrutamento', recruiter],
  ['recruteur/recruteuse/recrutement/charge de recrutement/chargee de recrutement', recruiter],
  ['personalvermittler/personalvermittlerin', recruiter],
  [
    'headhunter/head hunter/executive search/executive recruiter/search consultant/retained search',
    headhunter,
  ],
  ['personalberater/personalberaterin/cazatalentos/chasseur de tetes', headhunter],
  ['talent', domain('recruiting')],
  ['talent management', domain('hr')],
  // Engineering.
  [
    'engineer/eng/engr/developer/dev/programmer/architect/sre/devops engineer/ingenieur/ingenieurin',
    role('engineering'),
  ],
  ['ingeniero/ingeniera/engenheiro/engenheira/entwickler/entwicklerin', role('engineering')],
  [
    'desarrollador/desarrolladora/programador/programadora/desenvolvedor/desenvolvedora',
    role('engineering'),
  ],
  ['developpeur/developpeuse/softwareentwickler/softwareentwicklerin', role('engineering')],
  [
    'engineering/software/devops/backend/frontend/fullstack/full stack/it/infrastructure/security',
    domain('engineering'),
  ],
  [
    'cybersecurity/cloud/technology/tech/technical/systems/network/hardware/firmware',
    domain('engineering'),
  ],
  ['embedded/qa/quality assurance/mobile/ios/android/web/computer science', domain('engineering')],
  [
    'informatique/sistemas/tecnologia/technik/entwicklung/desarrollo/informatica',
    domain('engineering'),
  ],
  ['sales engineer', role('sales')],
  // Product and design.
  ['product/produkt/produit/producto/produto/product management', domain('product')],
  [
    'designer/illustrator/disenador/disenadora/designerin/graphiste/gestalter/copywriter',
    role('design'),
  ],
  ['design/ux/ui/user experience/creative/diseno/interaction design', domain('design')],
  // Data.
  ['scientist/data scientist/statistician/data analyst', role('data')],
  [
    'data/analytics/machine learning/ml/ai/artificial intelligence/bi/business intelligence',
    domain('data'),
  ],
  ['datos/daten/donnees/dados', domain('data')],
  ['analyst/analista', { fn: 'data', strength: 0.5 }],
  // Sales.
  ['account executive/bdr/sdr/salesperson/sales representative/business developer', role('sales')],
  ['sales/business development/business dev/key account/inside sales/revenue', domain('sales')],
  ['ventas/vendas/vertrieb/verkauf/ventes/commercial/comercial/partnerships', domain('sales')],
  ['customer success', domain('sales')],
  // Marketing.
  ['marketer', role('marketing')],
  ['marketing/brand/growth/seo/sem/content/communications/communication', domain('marketing')],
  [
    'public relations/pr/social media/mercadotecnia/comunicacion/kommunikation',
    domain('marketing'),
  ],
  ['lead generation/demand generation', domain('marketing')],
  // Finance.
  [
    'accountant/controller/treasurer/auditor/banker/actuary/underwriter/contador/contadora',
    role('finance'),
  ],
  ['contable/comptable/buchhalter/buchhalterin', role('finance')],
  [
    'finance/financial/accounting/controlling/treasury/audit/tax/investment/investor/banking',
    domain('finance'),
  ],
  ['credit/finanzas/finanzen/financeiro/finances/fp and a', domain('finance')],
  // People and HR.
  ['hrbp/hr business partner/people partner', role('hr')],
  ['hr/human resources/people/personnel/recursos humanos/rh/ressources humaines', domain('hr')],
  // German "Personal" is HR; the English phrases with "personal" are other roles.
  ['personal/personalwesen', domain('hr')],
  ['personal assistant', role('operations')],
  ['personal trainer', role('healthcare')],
  ['personal banker', role('finance')],
  ['payroll/compensation/benefits/people operations', domain('hr')],
  // Operations.
  ['executive assistant/buyer/dispatcher/security guard/security officer', role('operations')],
  [
    'operations/ops/logistics/supply chain/procurement/purchasing/administrative/admin',
    domain('operations'),
  ],
  ['operaciones/operacoes/betrieb/logistik/logistica/achats/compras/einkauf', domain('operations')],
  ['customer service/customer support/project/program/programme', domain('operations')],
  // Legal.
  [
    'lawyer/attorney/counsel/general counsel/paralegal/solicitor/barrister/notary/jurist/juriste',
    role('legal'),
  ],
  [
    'abogado/abogada/advogado/advogada/avocat/avocate/rechtsanwalt/rechtsanwaltin/anwalt',
    role('legal'),
  ],
  ['legal/compliance/juridico/juridica/juridique', domain('legal')],
  // Education.
  ['teacher/lecturer/instructor/tutor/educator/postdoc/postdoctoral', role('education')],
  // Full professors and deans lead a group; "Associate Professor" steps down one level.
  [
    'professor/professora/profesor/profesora/professeur',
    { fn: 'education', strength: 2, seniority: 'lead' },
  ],
  ['dean', { fn: 'education', strength: 2, seniority: 'head' }],
  ['maestro/maestra/lehrer/lehrerin/enseignant/enseignante/docente', role('education')],
  ['teaching/education/academic/researcher/research', domain('education')],
  ['school principal', { fn: 'education', strength: 2, seniority: 'head' }],
  // Health care.
  [
    'nurse/physician/doctor/surgeon/pharmacist/therapist/physiotherapist/dentist/clinician/psychologist',
    role('healthcare'),
  ],
  [
    'paramedic/caregiver/veterinarian/enfermero/enfermera/medico/medica/arzt/arztin',
    role('healthcare'),
  ],
  ['medecin/infirmier/infirmiere/krankenschwester', role('healthcare')],
  ['clinical/medical/health/healthcare/nursing', domain('healthcare')],
  // Consulting.
  [
    'consultant/advisor/adviser/berater/beraterin/consultor/consultora/conseiller',
    role('consulting'),
  ],
  ['conseillere/asesor/asesora/consultante/unternehmensberater', role('consulting')],
  ['consulting/advisory/conseil/consultoria/beratung', domain('consulting')],
];

function buildVocabulary(): Map<string, TitleSignal> {
  const map = new Map<string, TitleSignal>();
  for (const [keys, signal] of ENTRIES) {
    for (const key of keys.split('/')) {
      const existing = map.get(key);
      // A later, more specific entry adds to an earlier one ("vice president" is listed twice).
      map.set(key, existing ? { ...existing, ...signal } : signal);
    }
  }
  return map;
}

export const TITLE_VOCABULARY: ReadonlyMap<string, TitleSignal> = buildVocabulary();

/** The longest phrase in the vocabulary, in tokens. */
export const MAX_PHRASE_TOKENS = 4;

/**
 * German compounds end in a role word ("Vertriebsleiter", "Softwareentwickler"): the ending gives
 * the level or role, the beginning the function.
 */
export const GERMAN_SUFFIXES: ReadonlyArray<readonly [string, TitleSignal]> = [
  ['leiterin', level('head')],
  ['leiter', level('head')],
  ['entwicklerin', role('engineering')],
  ['entwickler', role('engineering')],
  ['ingenieurin', role('engineering')],
  ['ingenieur', role('engineering')],
  ['beraterin', role('consulting')],
  ['berater', role('consulting')],
  ['referentin', level('individual')],
  ['referent', level('individual')],
];

export const GERMAN_PREFIXES: ReadonlyArray<readonly [string, TitleSignal]> = [
  ['vertriebs', domain('sales')],
  ['verkaufs', domain('sales')],
  ['personal', domain('hr')],
  ['finanz', domain('finance')],
  ['marketing', domain('marketing')],
  ['software', domain('engineering')],
  ['it', domain('engineering')],
  ['betriebs', domain('operations')],
  ['projekt', domain('operations')],
  ['einkaufs', domain('operations')],
  ['logistik', domain('operations')],
  ['bereichs', level('director')],
  ['team', level('lead')],
  ['gruppen', level('lead')],
];

/** Words after which the rest of a segment is the employer or a context ("Engineer at Acme"). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'at',
  'to',
  'for',
  'chez',
  'bei',
  'en',
  'em',
]);

/** Segments that describe a past role, not the current one ("Ex-CTO", "formerly at"). */
export const PAST_MARKERS: ReadonlySet<string> = new Set([
  'ex',
  'former',
  'formerly',
  'previously',
  'retired',
  'ehemaliger',
  'ehemalige',
  'ancien',
  'ancienne',
  'antiguo',
  'antigua',
]);

/** Segments about a wished-for role: their function counts, their level does not. */
export const WISH_MARKERS: ReadonlySet<string> = new Set([
  'aspiring',
  'seeking',
  'looking',
  'future',
  'open',
]);

/** "Staff" is a level only before a technical role; a "Staff Accountant" is entry-level. */
export const STAFF_ROLES: ReadonlySet<string> = new Set([
  'engineer',
  'software',
  'data',
  'scientist',
  'designer',
  'product',
  'developer',
  'ml',
  'machine',
  'research',
  'security',
  'site',
]);

/** "Partner" is a level except in these phrases (an "HR Business Partner" is not a partner). */
export const NOT_PARTNER_BEFORE: ReadonlySet<string> = new Set([
  'business',
  'people',
  'hr',
  'talent',
  'channel',
  'strategic',
  'technology',
  'alliance',
  'finance',
  'learning',
  'acquisition',
  'recruiting',
  'account',
  'sales',
]);

/** One step down for "associate", "assistant" and "deputy" before a level word. */
export const STEP_DOWN: Readonly<Partial<Record<Seniority, Seniority>>> = {
  'c-level': 'vp',
  founder: 'vp',
  vp: 'director',
  partner: 'director',
  director: 'manager',
  head: 'manager',
  manager: 'senior',
  lead: 'senior',
  senior: 'individual',
};
