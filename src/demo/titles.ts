/**
 * Invented job titles by class, in the mix of a real 2024 export (docs/demo-data.md): recruiting and
 * talent 6.2 %, CEO/chief/founder/president 7.3 %, VP/director/head 5.2 %, manager 8.3 %,
 * student/intern 2.6 %, the rest individual contributors with seniority words. Titles carry the
 * quirks of real ones: abbreviations (Sr., VP, CTO, Mgr), a team after a comma (`Director,
 * Product Marketing`) and a few in Spanish, German or French.
 */
import type { IndustryKey } from './industries.js';
import type { NameCulture } from './names.js';
import type { Rng } from './rng.js';

export type TitleClass =
  'recruiting' | 'executive' | 'vp-director' | 'manager' | 'student' | 'individual';

/** Shares of titled rows per class, from docs/demo-data.md (2024 export). */
export const TITLE_CLASS_SHARES = {
  recruiting: 0.062,
  executive: 0.073,
  'vp-director': 0.052,
  manager: 0.083,
  student: 0.026,
} as const satisfies Record<Exclude<TitleClass, 'individual'>, number>;

const GENERIC_ROLES = [
  'Financial Analyst',
  'Marketing Specialist',
  'Account Executive',
  'Business Analyst',
  'HR Business Partner',
  'Legal Counsel',
  'Operations Analyst',
  'Customer Success Specialist',
  'Sales Representative',
  'Data Analyst',
  'Project Coordinator',
  'Executive Assistant',
  'Business Development Representative',
  'Procurement Specialist',
] as const;

const INDUSTRY_ROLES: Record<IndustryKey, readonly string[]> = {
  software: [
    'Software Engineer',
    'Backend Engineer',
    'Frontend Developer',
    'Full Stack Developer',
    'Data Engineer',
    'Site Reliability Engineer',
    'DevOps Engineer',
    'Product Designer',
    'UX Researcher',
    'QA Engineer',
    'Mobile Developer',
    'Machine Learning Engineer',
    'Solutions Architect',
    'Security Engineer',
    'Data Scientist',
    'Platform Engineer',
    'Developer Advocate',
    'Technical Writer',
  ],
  fintech: [
    'Risk Analyst',
    'Quantitative Developer',
    'Compliance Analyst',
    'Payments Engineer',
    'Fraud Analyst',
    'Credit Analyst',
    'Software Engineer',
    'Data Scientist',
    'Product Analyst',
    'AML Investigator',
    'Treasury Analyst',
    'Backend Engineer',
  ],
  healthcare: [
    'Registered Nurse',
    'Clinical Data Analyst',
    'Pharmacist',
    'Physician',
    'Health Informatics Specialist',
    'Clinical Research Associate',
    'Physiotherapist',
    'Biostatistician',
    'Medical Coder',
  ],
  retail: [
    'Merchandising Analyst',
    'Buyer',
    'Category Specialist',
    'E-commerce Specialist',
    'Visual Merchandiser',
    'Demand Planner',
    'Pricing Analyst',
    'Store Operations Lead',
  ],
  consulting: [
    'Consultant',
    'Strategy Consultant',
    'Technology Consultant',
    'Associate',
    'Business Analyst',
    'Analyst',
    'Engagement Lead',
  ],
  manufacturing: [
    'Process Engineer',
    'Quality Engineer',
    'Mechanical Engineer',
    'Supply Chain Analyst',
    'Production Planner',
    'Maintenance Technician',
    'Electrical Engineer',
  ],
  education: [
    'Lecturer',
    'Teacher',
    'Research Fellow',
    'Instructional Designer',
    'Postdoctoral Researcher',
    'Professor',
    'Academic Advisor',
  ],
  logistics: [
    'Logistics Coordinator',
    'Transport Planner',
    'Fleet Analyst',
    'Warehouse Supervisor',
    'Customs Specialist',
    'Dispatcher',
  ],
  media: [
    'Journalist',
    'Editor',
    'Content Strategist',
    'Video Producer',
    'Copywriter',
    'Social Media Specialist',
  ],
  energy: [
    'Energy Analyst',
    'Grid Engineer',
    'Project Engineer',
    'Sustainability Specialist',
    'Field Technician',
  ],
  'public-sector': [
    'Policy Advisor',
    'Policy Analyst',
    'Case Officer',
    'Civil Engineer',
    'Statistician',
    'Program Officer',
  ],
  staffing: ['Operations Coordinator', 'Account Executive', 'Business Development Representative'],
};

const INDUSTRY_AREAS: Record<IndustryKey, readonly string[]> = {
  software: ['Engineering', 'Product', 'Design', 'Data', 'Platform', 'Infrastructure', 'Security'],
  fintech: ['Risk', 'Compliance', 'Payments', 'Engineering', 'Product', 'Treasury', 'Fraud'],
  healthcare: ['Clinical Operations', 'Nursing', 'Patient Experience', 'Health Informatics'],
  retail: ['Merchandising', 'E-commerce', 'Store Operations', 'Category', 'Supply Chain'],
  consulting: ['Strategy', 'Technology', 'Delivery', 'Transformation', 'Advisory'],
  manufacturing: ['Operations', 'Quality', 'Supply Chain', 'Production', 'Engineering'],
  education: ['Admissions', 'Research', 'Learner Services', 'Academic Programs'],
  logistics: ['Operations', 'Fleet', 'Warehouse', 'Network Planning'],
  media: ['Content', 'Editorial', 'Audience', 'Production'],
  energy: ['Projects', 'Grid Operations', 'Sustainability', 'Asset Management'],
  'public-sector': ['Policy', 'Programs', 'Digital Services', 'Operations'],
  staffing: ['Operations', 'Client Services', 'Delivery'],
};

const GENERIC_AREAS = [
  'Marketing',
  'Sales',
  'Operations',
  'Finance',
  'Customer Success',
  'Partnerships',
  'People',
  'Business Development',
  'Product Marketing',
] as const;

const SENIORITY = [
  { word: '', weight: 44 },
  { word: 'Senior ', weight: 24 },
  { word: 'Sr. ', weight: 7 },
  { word: 'Lead ', weight: 7 },
  { word: 'Principal ', weight: 5 },
  { word: 'Staff ', weight: 4 },
  { word: 'Junior ', weight: 5 },
  { word: 'Associate ', weight: 4 },
] as const;

const FOREIGN_TITLES: Partial<Record<NameCulture, Record<TitleClass, readonly string[]>>> = {
  hispanic: {
    individual: [
      'Ingeniera de Software',
      'Desarrollador Backend',
      'Analista de Datos',
      'Consultora Senior',
    ],
    manager: ['Gerente de Proyectos', 'Gerente Comercial'],
    'vp-director': ['Directora de Marketing', 'Director de Operaciones'],
    executive: ['Fundadora y CEO', 'CEO & Fundador'],
    recruiting: ['Reclutadora IT', 'Talent Acquisition Specialist'],
    student: ['Estudiante de Ingeniería', 'Becario de Datos'],
  },
  german: {
    individual: ['Softwareentwickler', 'Softwareentwicklerin', 'Wirtschaftsinformatiker'],
    manager: ['Projektmanagerin', 'Produktmanager'],
    'vp-director': ['Director Vertrieb', 'Head of Vertrieb'],
    executive: ['Geschäftsführer', 'Geschäftsführerin'],
    recruiting: ['Recruiterin', 'Talent Acquisition Partner'],
    student: ['Werkstudent Softwareentwicklung', 'Praktikantin Marketing'],
  },
  french: {
    individual: ['Développeur Full Stack', 'Ingénieure Data', 'Chargée de Communication'],
    manager: ['Responsable RH', 'Responsable Marketing'],
    'vp-director': ['Directeur Commercial', 'Directrice des Opérations'],
    executive: ['Président-Directeur Général', 'Fondatrice & CEO'],
    recruiting: ['Chargée de Recrutement', 'Talent Acquisition Manager'],
    student: ['Stagiaire Data', 'Étudiante en Informatique'],
  },
};

function pickSeniority(rng: Rng): string {
  let target = rng.next() * 100;
  for (const level of SENIORITY) {
    target -= level.weight;
    if (target < 0) return level.word;
  }
  return '';
}

function pickArea(rng: Rng, industry: IndustryKey): string {
  return rng.chance(0.55) ? rng.pick(INDUSTRY_AREAS[industry]) : rng.pick(GENERIC_AREAS);
}

function inventIndividualTitle(rng: Rng, industry: IndustryKey): string {
  const role = rng.chance(0.7) ? rng.pick(INDUSTRY_ROLES[industry]) : rng.pick(GENERIC_ROLES);
  const seniority = pickSeniority(rng);
  // "Staff" and "Principal" are engineering ladders; elsewhere they read oddly.
  const word =
    /Staff|Principal/.test(seniority) && !/Engineer|Scientist|Architect|Consultant/.test(role)
      ? 'Senior '
      : seniority;
  const title = `${word}${role}`;
  if (rng.chance(0.05)) return `${title} ${rng.pick(['II', 'III'])}`;
  if (rng.chance(0.06)) return `${title}, ${pickArea(rng, industry)}`;
  return title;
}

function inventManagerTitle(rng: Rng, industry: IndustryKey): string {
  const area = pickArea(rng, industry);
  const pattern = rng.next();
  if (pattern < 0.45) return `${area} Manager`;
  if (pattern < 0.6) return `Senior ${area} Manager`;
  if (pattern < 0.72) return `Manager, ${area}`;
  if (pattern < 0.8) return `Sr. ${area} Manager`;
  if (pattern < 0.88) return `${area} Mgr`;
  return rng.pick([
    'Product Manager',
    'Project Manager',
    'Program Manager',
    'Engineering Manager',
    'Account Manager',
    'Office Manager',
  ]);
}

function inventDirectorTitle(rng: Rng, industry: IndustryKey): string {
  const area = pickArea(rng, industry);
  const pattern = rng.next();
  if (pattern < 0.25) return `Director of ${area}`;
  if (pattern < 0.4) return `Head of ${area}`;
  if (pattern < 0.52) return `VP ${area}`;
  if (pattern < 0.62) return `Vice President, ${area}`;
  if (pattern < 0.72) return `Senior Director, ${area}`;
  if (pattern < 0.82) return `${area} Director`;
  if (pattern < 0.9) return `VP of ${area}`;
  return `Director, ${area}`;
}

function inventExecutiveTitle(rng: Rng, industry: IndustryKey): string {
  const pattern = rng.next();
  if (pattern < 0.22) return 'Founder & CEO';
  if (pattern < 0.34) return 'Co-Founder';
  if (pattern < 0.46) return 'CEO';
  if (pattern < 0.54) return 'Founder';
  if (pattern < 0.64) return rng.pick(['CTO', 'CFO', 'COO', 'CMO', 'CIO']);
  if (pattern < 0.72) return `Co-Founder & ${rng.pick(['CTO', 'COO', 'CPO'])}`;
  if (pattern < 0.84) {
    return `Chief ${rng.pick(['Product', 'Technology', 'Operating', 'Revenue', 'People', 'Data'])} Officer`;
  }
  if (pattern < 0.92)
    return `President, ${rng.pick(['North America', 'EMEA', pickArea(rng, industry)])}`;
  return rng.pick(['President', 'Chief of Staff', 'Founder, Advisor']);
}

function inventRecruitingTitle(rng: Rng): string {
  return rng.pick([
    'Technical Recruiter',
    'Senior Technical Recruiter',
    'Talent Acquisition Partner',
    'Talent Acquisition Specialist',
    'Recruiter',
    'Executive Recruiter',
    'Recruitment Consultant',
    'Senior Recruitment Consultant',
    'Talent Partner',
    'Lead Recruiter, Engineering',
    'Head of Talent',
    'Talent Acquisition Manager',
    'Recruiting Coordinator',
    'Sourcer',
    'Sr. Talent Sourcer',
    'Headhunter',
  ]);
}

function inventStudentTitle(rng: Rng, school: string): string {
  return rng.pick([
    `Student at ${school}`,
    'Software Engineering Intern',
    'Data Science Intern',
    'MSc Student',
    'Marketing Intern',
    'Product Management Intern',
    `PhD Student at ${school}`,
    'Summer Intern',
  ]);
}

export interface TitleContext {
  industry: IndustryKey;
  culture: NameCulture;
  /** The university a student names ("Student at …"). */
  school: string;
}

/** A title of the given class; about one in six people of a Spanish, German or French name write it in that language (design choice). */
export function inventTitle(rng: Rng, titleClass: TitleClass, context: TitleContext): string {
  const foreign = FOREIGN_TITLES[context.culture];
  if (foreign && rng.chance(0.16)) return rng.pick(foreign[titleClass]);
  switch (titleClass) {
    case 'recruiting':
      return inventRecruitingTitle(rng);
    case 'executive':
      return inventExecutiveTitle(rng, context.industry);
    case 'vp-director':
      return inventDirectorTitle(rng, context.industry);
    case 'manager':
      return inventManagerTitle(rng, context.industry);
    case 'student':
      return inventStudentTitle(rng, context.school);
    case 'individual':
      return inventIndividualTitle(rng, context.industry);
  }
}

/** Titles of people without a company (between jobs, freelance). */
export function inventFreelanceTitle(rng: Rng): string {
  return rng.pick([
    'Freelance UX Designer',
    'Independent Consultant',
    'Freelance Software Developer',
    'Open to work',
    'Freelance Copywriter',
    'Career Break',
  ]);
}
