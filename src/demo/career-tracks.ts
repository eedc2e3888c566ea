/**
 * The owner's possible careers: what the demo person does, where they worked (as sectors; the
 * employers' names are invented per seed) and what they look for now. An active job seeker like
 * the owner of the 2024 export docs/demo-data.md measures.
 */
import type { IndustryKey } from './industries.js';

export interface TrackPosition {
  /** Which of the five employers, oldest first; 4 is the current one. */
  employer: 0 | 1 | 2 | 3 | 4;
  title: string;
  description: string;
}

export interface CareerTrack {
  id: 'engineering' | 'product' | 'data';
  /** Profile.csv Industry (LinkedIn's taxonomy; some names hold a comma). */
  industryName: string;
  /** The sector of most employers and rivals, and the one each employer is in. */
  primarySector: IndustryKey;
  secondarySector: IndustryKey;
  employerSectors: readonly [IndustryKey, IndustryKey, IndustryKey, IndustryKey, IndustryKey];
  /** Oldest first; the first is an internship before graduating. */
  positions: readonly TrackPosition[];
  headline: string;
  summary: string;
  degree: string;
  activities: string;
  skills: readonly string[];
  targetTitles: readonly string[];
  /** Job Seeker Preferences Industries: LinkedIn names joined with `, ` as the 2024 file does. */
  preferenceIndustries: string;
  /** Words for saved-job titles. */
  savedJobTitles: readonly string[];
  /** What the owner posts about (Shares.csv). */
  topics: readonly string[];
}

export const CAREER_TRACKS: readonly CareerTrack[] = [
  {
    id: 'engineering',
    industryName: 'Software Development',
    primarySector: 'fintech',
    secondarySector: 'software',
    employerSectors: ['software', 'fintech', 'software', 'fintech', 'fintech'],
    positions: [
      {
        employer: 0,
        title: 'Software Engineering Intern',
        description: 'Built internal tooling for the release team.',
      },
      {
        employer: 0,
        title: 'Junior Software Engineer',
        description: 'Worked on the billing service, tests and on-call.',
      },
      {
        employer: 1,
        title: 'Software Engineer',
        description: 'Payments APIs, card tokenisation, PCI scope reduction.',
      },
      {
        employer: 2,
        title: 'Software Engineer',
        description: 'Data pipelines and the customer-facing reporting API.',
      },
      {
        employer: 2,
        title: 'Senior Software Engineer',
        description: 'Led the migration to event-driven services, mentored three engineers.',
      },
      {
        employer: 3,
        title: 'Senior Software Engineer',
        description: 'Ledger and reconciliation platform, 99.99 % availability.',
      },
      {
        employer: 3,
        title: 'Staff Software Engineer',
        description: 'Technical lead for money movement; set up the architecture review.',
      },
      {
        employer: 4,
        title: 'Engineering Manager',
        description:
          'Manage two teams (11 engineers) on payouts and risk; hiring, roadmaps, delivery.',
      },
    ],
    headline: 'Engineering Manager | Payments and platform | Building calm, fast teams',
    summary:
      'Engineering manager with 14 years in software, most of them in payments. I like reliable systems, honest roadmaps and teams that ship without heroics.\nCurrently exploring my next role: engineering leadership in fintech or developer platforms.',
    degree: 'Bachelor of Science, Computer Science',
    activities: 'Programming club, hackathon organiser',
    skills: [
      'Distributed Systems',
      'TypeScript',
      'Go',
      'Kubernetes',
      'PostgreSQL',
      'System Design',
      'Payments',
      'Team Leadership',
      'Amazon Web Services (AWS)',
      'Microservices',
      'Event-Driven Architecture',
      'Mentoring',
      'Agile Methodologies',
      'API Design',
      'Observability',
      'Java',
      'Apache Kafka',
      'Technical Hiring',
      'Code Review',
      'Incident Management',
    ],
    targetTitles: [
      'Engineering Manager',
      'Senior Engineering Manager',
      'Head of Engineering',
      'Staff Software Engineer',
    ],
    preferenceIndustries: 'Software Development, IT Services and IT Consulting',
    savedJobTitles: [
      'Engineering Manager',
      'Senior Engineering Manager, Payments',
      'Head of Engineering',
      'Staff Software Engineer',
      'Engineering Manager, Platform',
      'Director of Engineering',
    ],
    topics: ['payments', 'on-call', 'hiring', 'platform teams', 'incident reviews'],
  },
  {
    id: 'product',
    industryName: 'Technology, Information and Internet',
    primarySector: 'software',
    secondarySector: 'retail',
    employerSectors: ['consulting', 'retail', 'software', 'software', 'software'],
    positions: [
      {
        employer: 0,
        title: 'Business Analyst Intern',
        description: 'Market sizing and client research for the digital practice.',
      },
      {
        employer: 0,
        title: 'Business Analyst',
        description: 'Requirements and process maps for retail and logistics clients.',
      },
      {
        employer: 1,
        title: 'Associate Product Manager',
        description: 'Checkout and promotions for the online store.',
      },
      {
        employer: 2,
        title: 'Product Manager',
        description: 'Onboarding and activation; doubled week-one retention.',
      },
      {
        employer: 2,
        title: 'Senior Product Manager',
        description: 'Self-serve billing and plans, pricing experiments.',
      },
      {
        employer: 3,
        title: 'Senior Product Manager',
        description: 'Collaboration features for teams of 10 to 5,000.',
      },
      {
        employer: 3,
        title: 'Group Product Manager',
        description: 'Three product managers, the growth and monetisation roadmap.',
      },
      {
        employer: 4,
        title: 'Group Product Manager',
        description: 'B2B analytics product; discovery practice and product operations.',
      },
    ],
    headline: 'Group Product Manager | B2B SaaS, growth and monetisation',
    summary:
      'Product leader who started in consulting and never stopped asking "what problem are we solving?". B2B SaaS, pricing, growth, and teams that talk to customers every week.\nLooking for a product leadership role in a fast-growing software company.',
    degree: 'Master of Business Administration (MBA)',
    activities: 'Product society, case competitions',
    skills: [
      'Product Management',
      'Product Strategy',
      'Roadmapping',
      'User Research',
      'A/B Testing',
      'SQL',
      'Pricing Strategy',
      'Growth Strategies',
      'Stakeholder Management',
      'Agile Methodologies',
      'Go-to-Market Strategy',
      'Data Analysis',
      'B2B Software',
      'Product Discovery',
      'Team Leadership',
      'Customer Development',
      'OKRs',
      'Analytics',
    ],
    targetTitles: ['Director of Product', 'Group Product Manager', 'Head of Product'],
    preferenceIndustries: 'Software Development, Technology, Information and Internet',
    savedJobTitles: [
      'Director of Product',
      'Group Product Manager',
      'Head of Product',
      'Principal Product Manager, Growth',
      'Senior Product Manager',
    ],
    topics: ['product discovery', 'pricing', 'roadmaps', 'customer interviews', 'B2B growth'],
  },
  {
    id: 'data',
    industryName: 'IT Services and IT Consulting',
    primarySector: 'healthcare',
    secondarySector: 'software',
    employerSectors: ['education', 'consulting', 'healthcare', 'software', 'healthcare'],
    positions: [
      {
        employer: 0,
        title: 'Research Assistant',
        description: 'Survey data cleaning and regression models for the statistics lab.',
      },
      {
        employer: 0,
        title: 'Data Analyst',
        description: 'Dashboards for enrolment and retention.',
      },
      {
        employer: 1,
        title: 'Data Analyst',
        description: 'Client analytics in healthcare and insurance.',
      },
      {
        employer: 2,
        title: 'Data Scientist',
        description: 'Readmission risk models, deployed to two hospital networks.',
      },
      {
        employer: 2,
        title: 'Senior Data Scientist',
        description: 'Forecasting of bed occupancy and staffing.',
      },
      {
        employer: 3,
        title: 'Senior Data Scientist',
        description: 'Experimentation platform and causal inference for product teams.',
      },
      {
        employer: 3,
        title: 'Lead Data Scientist',
        description: 'Led a team of five; ML in production, model monitoring.',
      },
      {
        employer: 4,
        title: 'Principal Data Scientist',
        description: 'Clinical NLP and evaluation of language models; data strategy.',
      },
    ],
    headline: 'Principal Data Scientist | Health data, causal inference, ML in production',
    summary:
      'Data scientist who likes messy data and careful questions. Ten years of models that real clinicians use, from readmission risk to clinical NLP.\nOpen to data science leadership roles in health tech or software.',
    degree: 'Master of Science, Statistics',
    activities: 'Data science society, teaching assistant',
    skills: [
      'Machine Learning',
      'Python',
      'Statistics',
      'Causal Inference',
      'SQL',
      'Natural Language Processing (NLP)',
      'Deep Learning',
      'Experimentation',
      'Data Visualization',
      'MLOps',
      'Healthcare Analytics',
      'R',
      'Forecasting',
      'PyTorch',
      'Team Leadership',
      'Apache Spark',
    ],
    targetTitles: ['Principal Data Scientist', 'Head of Data Science', 'Machine Learning Lead'],
    preferenceIndustries: 'IT Services and IT Consulting, Hospitals and Health Care',
    savedJobTitles: [
      'Head of Data Science',
      'Principal Data Scientist',
      'Machine Learning Lead',
      'Director of Data Science',
      'Staff Machine Learning Engineer',
    ],
    topics: ['causal inference', 'health data', 'model evaluation', 'MLOps', 'data teams'],
  },
];
