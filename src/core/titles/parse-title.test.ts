import { describe, it, expect } from 'vitest';
import { parseTitle } from './parse-title.js';
import type { TitleFunction } from './parse-title.js';
import type { Seniority } from './seniority.js';

type Row = [
  title: string,
  fn: TitleFunction,
  seniority: Seniority,
  recruiter?: 'recruiter' | 'executive',
];

// Expected readings written by hand from what each title means to a job seeker.
const TABLE: Row[] = [
  // English, with abbreviations.
  ['Software Engineer', 'engineering', 'individual'],
  ['Sr. Software Eng.', 'engineering', 'senior'],
  ['Senior Software Engineer II', 'engineering', 'senior'],
  ['Software Engineer III', 'engineering', 'senior'],
  ['Jr. Developer', 'engineering', 'entry'],
  ['Staff Software Engineer', 'engineering', 'lead'],
  ['Principal Engineer', 'engineering', 'lead'],
  ['Staff Accountant', 'finance', 'individual'],
  ['Tech Lead', 'engineering', 'lead'],
  ['Engineering Manager', 'engineering', 'manager'],
  ['Eng. Mgr', 'engineering', 'manager'],
  ['Dir. of Engineering', 'engineering', 'director'],
  ['Director, Product Management', 'product', 'director'],
  ['Head of Data', 'data', 'head'],
  ['VP Engineering', 'engineering', 'vp'],
  ['SVP, Sales', 'sales', 'vp'],
  ['EVP & General Counsel', 'legal', 'vp'],
  ['Vice-President of Marketing', 'marketing', 'vp'],
  ['Senior Vice President, Operations', 'operations', 'vp'],
  ['AVP, Credit Risk', 'finance', 'director'],
  ['Associate Director, Clinical Operations', 'healthcare', 'manager'],
  ['CEO', 'executive', 'c-level'],
  ['C.E.O.', 'executive', 'c-level'],
  ['CTO', 'engineering', 'c-level'],
  ['CFO', 'finance', 'c-level'],
  ['COO', 'operations', 'c-level'],
  ['CPO', 'product', 'c-level'],
  ['CIO', 'engineering', 'c-level'],
  ['CMO', 'marketing', 'c-level'],
  ['Chief Executive Officer', 'executive', 'c-level'],
  ['Chief Revenue Officer', 'sales', 'c-level'],
  ['Founder & CEO', 'executive', 'founder'],
  ['Co-Founder and CTO', 'engineering', 'founder'],
  ['Co-founder, Head of Product', 'product', 'founder'],
  ['Owner', 'executive', 'founder'],
  ['President', 'executive', 'c-level'],
  ['Managing Director', 'executive', 'c-level'],
  ['Managing Partner', 'executive', 'c-level'],
  ['Partner', 'other', 'partner'],
  ['HR Business Partner', 'hr', 'individual'],
  ['Product Manager', 'product', 'individual'],
  ['Senior Product Manager', 'product', 'senior'],
  ['Associate Product Manager', 'product', 'entry'],
  ['Group Marketing Manager', 'marketing', 'manager'],
  ['Key Account Manager', 'sales', 'individual'],
  ['Account Executive', 'sales', 'individual'],
  ['Sales Development Representative', 'sales', 'individual'],
  ['Business Development Manager', 'sales', 'manager'],
  ['Data Scientist', 'data', 'individual'],
  ['Senior Data Analyst', 'data', 'senior'],
  ['Financial Analyst', 'finance', 'individual'],
  ['UX/UI Designer', 'design', 'individual'],
  ['Creative Director', 'design', 'director'],
  ['Chief of Staff to the CEO', 'operations', 'director'],
  ['Executive Assistant to the CEO', 'operations', 'individual'],
  ['Project Manager', 'operations', 'individual'],
  ['Legal Counsel', 'legal', 'individual'],
  ['Registered Nurse', 'healthcare', 'individual'],
  ['Security Guard', 'operations', 'individual'],
  ['Staff Engineer', 'engineering', 'lead'],
  ['Head of People', 'hr', 'head'],
  ['Assistant Professor', 'education', 'senior'],
  ['Management Consultant', 'consulting', 'individual'],
  ['Software Engineering Intern', 'engineering', 'intern'],
  ['Summer Analyst', 'data', 'intern'],
  ['MBA Candidate', 'other', 'student'],
  ['Student at State University', 'other', 'student'],
  ['PhD Student in Computer Science', 'engineering', 'student'],
  ['Software Engineer at Google', 'engineering', 'individual'],
  ['Senior Engineer | Ex-CTO', 'engineering', 'senior'],
  ['Aspiring Data Scientist', 'data', 'unknown'],
  ['Open to work', 'other', 'unknown'],
  ['', 'other', 'unknown'],
  // Recruiters.
  ['Technical Recruiter', 'recruiting', 'individual', 'recruiter'],
  ['Senior Talent Acquisition Partner', 'recruiting', 'senior', 'recruiter'],
  ['Head of Talent Acquisition', 'recruiting', 'head', 'recruiter'],
  ['Sourcer', 'recruiting', 'individual', 'recruiter'],
  ['Recruitment Consultant', 'recruiting', 'individual', 'recruiter'],
  ['Executive Search Consultant', 'recruiting', 'individual', 'executive'],
  ['Partner, Executive Search', 'recruiting', 'partner', 'executive'],
  ['Headhunter', 'recruiting', 'individual', 'executive'],
  ['Personalberater', 'recruiting', 'individual', 'executive'],
  ['Reclutadora Sr.', 'recruiting', 'senior', 'recruiter'],
  ['Chargée de recrutement', 'recruiting', 'individual', 'recruiter'],
  // Spanish.
  ['Directora de Ventas', 'sales', 'director'],
  ['Director General', 'executive', 'c-level'],
  ['Gerente de Marketing', 'marketing', 'manager'],
  ['Gerente General', 'executive', 'c-level'],
  ['Jefe de Proyecto', 'operations', 'manager'],
  ['Ingeniera de Software', 'engineering', 'individual'],
  ['Becario de Finanzas', 'finance', 'intern'],
  ['Abogada', 'legal', 'individual'],
  // German.
  ['Geschäftsführer', 'executive', 'c-level'],
  ['Leiter Vertrieb', 'sales', 'head'],
  ['Vertriebsleiter', 'sales', 'head'],
  ['Abteilungsleiterin Personal', 'hr', 'head'],
  ['Bereichsleiter IT', 'engineering', 'director'],
  ['Softwareentwickler', 'engineering', 'individual'],
  ['Praktikant Marketing', 'marketing', 'intern'],
  ['Werkstudentin Data Analytics', 'data', 'student'],
  ['Senior Berater', 'consulting', 'senior'],
  // French.
  ['Directeur Commercial', 'sales', 'director'],
  ['Directrice Générale', 'executive', 'c-level'],
  ['Responsable Marketing', 'marketing', 'manager'],
  ['Chef de projet', 'operations', 'manager'],
  ['Stagiaire Développeur', 'engineering', 'intern'],
  ['Ingénieur Logiciel', 'engineering', 'individual'],
  // Portuguese.
  ['Diretora de Tecnologia', 'engineering', 'director'],
  ['Gerente de Vendas', 'sales', 'manager'],
  ['Estagiário de Engenharia', 'other', 'intern'],
  ['Desenvolvedor Sênior', 'engineering', 'senior'],
];

describe('parseTitle on real-looking titles', () => {
  it('has a table of at least sixty titles', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(TABLE)('%s', (title, fn, seniority, recruiter) => {
    const parsed = parseTitle(title);
    expect({ fn: parsed.function, seniority: parsed.seniority }).toEqual({ fn, seniority });
    expect(parsed.isRecruiter).toBe(recruiter !== undefined);
    expect(parsed.isExecutiveRecruiter).toBe(recruiter === 'executive');
  });
});

describe('parseTitle ranks', () => {
  it('gives a numeric rank that orders the ladder', () => {
    const rank = (t: string): number | undefined => parseTitle(t).seniorityRank;
    expect(rank('Intern')).toBe(0);
    expect(rank('Junior Analyst')).toBeLessThan(rank('Analyst') ?? 0);
    expect(rank('Analyst')).toBeLessThan(rank('Senior Analyst') ?? 0);
    expect(rank('Senior Analyst')).toBeLessThan(rank('Analytics Manager') ?? 0);
    expect(rank('Analytics Manager')).toBeLessThan(rank('Director of Analytics') ?? 0);
    expect(rank('Director of Analytics')).toBeLessThan(rank('VP Analytics') ?? 0);
    expect(rank('VP Analytics')).toBeLessThan(rank('Chief Data Officer') ?? 0);
    expect(rank('Open to work')).toBeUndefined();
  });

  it('never throws on hostile input and bounds its work', () => {
    expect(parseTitle(undefined).seniority).toBe('unknown');
    expect(parseTitle('🚀🚀🚀').function).toBe('other');
    expect(parseTitle('engineer '.repeat(100_000)).function).toBe('engineering');
    expect(parseTitle('|||,,,---').seniority).toBe('unknown');
  });
});
