/**
 * Invented people's names and profile slugs. The lists mix cultures the way an international
 * professional network does; the quirks are the ones docs/formats.md section 1 reports: credentials
 * after a comma in Last Name (`"Novak, Ph.D."`), accents, spaced surnames (`van den Berg`), the
 * odd emoji, and non-ASCII slugs (`/in/ümit-…`). Any match with a real person is coincidence.
 */
import type { Rng } from './rng.js';

export type NameCulture =
  | 'anglo'
  | 'hispanic'
  | 'german'
  | 'french'
  | 'nordic'
  | 'slavic'
  | 'turkish'
  | 'arabic'
  | 'south-asian'
  | 'chinese'
  | 'japanese'
  | 'korean'
  | 'west-african'
  | 'lusophone'
  | 'italian'
  | 'dutch'
  | 'vietnamese'
  | 'greek'
  | 'filipino';

interface CultureNames {
  culture: NameCulture;
  /** Relative frequency in the demo network (design choice). */
  weight: number;
  first: readonly string[];
  last: readonly string[];
}

const CULTURES: readonly CultureNames[] = [
  {
    culture: 'anglo',
    weight: 18,
    first: [
      'James',
      'Emily',
      'Michael',
      'Sarah',
      'David',
      'Jessica',
      'Daniel',
      'Hannah',
      'Ryan',
      'Megan',
      'Thomas',
      'Laura',
      'Chris',
      'Olivia',
      'Ben',
      'Grace',
      'Nathan',
      'Rachel',
    ],
    last: [
      'Carter',
      'Bennett',
      'Hughes',
      'Foster',
      'Brooks',
      'Mitchell',
      'Sullivan',
      'Hayes',
      'Turner',
      'Parker',
      'Collins',
      'Reed',
      'Walsh',
      'Fletcher',
      'Morgan',
      'Price',
      'Gallagher',
      'Whitfield',
    ],
  },
  {
    culture: 'hispanic',
    weight: 10,
    first: [
      'José',
      'María',
      'Alejandro',
      'Lucía',
      'Carlos',
      'Sofía',
      'Javier',
      'Camila',
      'Diego',
      'Valentina',
      'Andrés',
      'Isabel',
      'Mateo',
      'Paula',
    ],
    last: [
      'García',
      'Martínez',
      'Rodríguez',
      'López',
      'Hernández',
      'Gómez',
      'Ruiz',
      'Navarro',
      'Castillo',
      'Morales',
      'Ortega',
      'Romero',
      'Vargas',
      'Núñez',
    ],
  },
  {
    culture: 'german',
    weight: 7,
    first: [
      'Lukas',
      'Anna',
      'Felix',
      'Lena',
      'Jonas',
      'Katharina',
      'Maximilian',
      'Julia',
      'Tobias',
      'Sophie',
      'Moritz',
      'Franziska',
    ],
    last: [
      'Müller',
      'Schmidt',
      'Schneider',
      'Fischer',
      'Weber',
      'Becker',
      'Hoffmann',
      'Schäfer',
      'Koch',
      'Richter',
      'Wagner',
      'Krüger',
      'Hartmann',
      'Lehmann',
    ],
  },
  {
    culture: 'french',
    weight: 5,
    first: [
      'Camille',
      'Louis',
      'Chloé',
      'Hugo',
      'Léa',
      'Antoine',
      'Manon',
      'Julien',
      'Élodie',
      'Mathieu',
      'Inès',
      'Théo',
    ],
    last: [
      'Dubois',
      'Lefebvre',
      'Moreau',
      'Laurent',
      'Girard',
      'Bonnet',
      'Fontaine',
      'Rousseau',
      'Mercier',
      'Faure',
      'Chevalier',
      'Lemaire',
    ],
  },
  {
    culture: 'nordic',
    weight: 3,
    first: [
      'Søren',
      'Ingrid',
      'Björn',
      'Freja',
      'Magnus',
      'Astrid',
      'Lars',
      'Sigrid',
      'Erik',
      'Maja',
    ],
    last: [
      'Andersen',
      'Lindqvist',
      'Johansson',
      'Nyström',
      'Halvorsen',
      'Eriksson',
      'Dahl',
      'Berg',
      'Sørensen',
      'Lund',
    ],
  },
  {
    culture: 'slavic',
    weight: 4,
    first: [
      'Łukasz',
      'Katarzyna',
      'Piotr',
      'Agnieszka',
      'Tomáš',
      'Jana',
      'Marek',
      'Zuzana',
      'Dmitri',
      'Olena',
      'Andrii',
      'Milena',
    ],
    last: [
      'Kowalski',
      'Nowak',
      'Wiśniewska',
      'Dvořák',
      'Novák',
      'Horvat',
      'Kovalenko',
      'Petrov',
      'Zielińska',
      'Marković',
      'Shevchenko',
      'Novotná',
    ],
  },
  {
    culture: 'turkish',
    weight: 3,
    first: ['Ümit', 'Elif', 'Emre', 'Zeynep', 'Mehmet', 'Ayşe', 'Can', 'Deniz', 'Burak', 'Selin'],
    last: [
      'Yılmaz',
      'Kaya',
      'Demir',
      'Çelik',
      'Şahin',
      'Öztürk',
      'Aydın',
      'Arslan',
      'Doğan',
      'Koç',
    ],
  },
  {
    culture: 'arabic',
    weight: 4,
    first: [
      'Omar',
      'Layla',
      'Youssef',
      'Fatima',
      'Karim',
      'Nour',
      'Hassan',
      'Amira',
      'Tariq',
      'Salma',
    ],
    last: [
      'Haddad',
      'Khalil',
      'Mansour',
      'Nasser',
      'Saleh',
      'Farouk',
      'Aziz',
      'Hamdan',
      'Rahman',
      'Qureshi',
    ],
  },
  {
    culture: 'south-asian',
    weight: 9,
    first: [
      'Priya',
      'Arjun',
      'Ananya',
      'Rahul',
      'Sneha',
      'Vikram',
      'Divya',
      'Rohan',
      'Kavya',
      'Aditya',
      'Meera',
      'Sanjay',
      'Aisha',
      'Imran',
    ],
    last: [
      'Sharma',
      'Patel',
      'Iyer',
      'Reddy',
      'Nair',
      'Gupta',
      'Menon',
      'Chatterjee',
      'Desai',
      'Kapoor',
      'Rao',
      'Banerjee',
      'Hussain',
      'Siddiqui',
    ],
  },
  {
    culture: 'chinese',
    weight: 6,
    first: ['Wei', 'Li Na', 'Jun', 'Xiaoming', 'Mei', 'Hao', 'Yan', 'Jing', 'Tao', 'Yuting'],
    last: ['Wang', 'Zhang', 'Chen', 'Liu', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Lin'],
  },
  {
    culture: 'japanese',
    weight: 2,
    first: ['Haruto', 'Yui', 'Kenji', 'Aiko', 'Takumi', 'Sakura', 'Ren', 'Hina'],
    last: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Nakamura', 'Kobayashi'],
  },
  {
    culture: 'korean',
    weight: 2,
    first: ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Ha-eun', 'Do-yoon', 'Soo-ah'],
    last: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Han'],
  },
  {
    culture: 'west-african',
    weight: 3,
    first: [
      'Chinedu',
      'Ngozi',
      'Oluwaseun',
      'Adaeze',
      'Kwame',
      'Ama',
      'Tunde',
      'Folake',
      'Emeka',
      'Abena',
    ],
    last: [
      'Okafor',
      'Adeyemi',
      'Mensah',
      'Okonkwo',
      'Balogun',
      'Boateng',
      'Nwosu',
      'Asante',
      'Eze',
      'Owusu',
    ],
  },
  {
    culture: 'lusophone',
    weight: 4,
    first: [
      'João',
      'Ana',
      'Pedro',
      'Beatriz',
      'Rafael',
      'Mariana',
      'Gabriel',
      'Larissa',
      'Thiago',
      'Fernanda',
    ],
    last: [
      'Silva',
      'Santos',
      'Oliveira',
      'Souza',
      'Costa',
      'Pereira',
      'Almeida',
      'Carvalho',
      'Ribeiro',
      'Gonçalves',
    ],
  },
  {
    culture: 'italian',
    weight: 3,
    first: [
      'Marco',
      'Giulia',
      'Alessandro',
      'Francesca',
      'Matteo',
      'Chiara',
      'Lorenzo',
      'Elena',
      'Davide',
      'Martina',
    ],
    last: [
      'Rossi',
      'Russo',
      'Ferrari',
      'Esposito',
      'Bianchi',
      'Romano',
      'Colombo',
      'Ricci',
      'Marino',
      'Greco',
    ],
  },
  {
    culture: 'dutch',
    weight: 2,
    first: ['Daan', 'Sanne', 'Bram', 'Femke', 'Joris', 'Lotte', 'Sem', 'Anouk'],
    last: [
      'de Vries',
      'van Dijk',
      'Bakker',
      'Janssen',
      'Visser',
      'Smit',
      'Meijer',
      'de Boer',
      'van den Berg',
      'Mulder',
    ],
  },
  {
    culture: 'vietnamese',
    weight: 2,
    first: ['Minh', 'Linh', 'Quang', 'Thảo', 'Huy', 'Trang'],
    last: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ'],
  },
  {
    culture: 'greek',
    weight: 1,
    first: ['Nikos', 'Eleni', 'Giorgos', 'Maria', 'Kostas', 'Sofia'],
    last: ['Papadopoulos', 'Georgiou', 'Nikolaou', 'Dimitriou', 'Konstantinou', 'Ioannou'],
  },
  {
    culture: 'filipino',
    weight: 1,
    first: ['Mark', 'Angelica', 'Paolo', 'Kristine', 'Jerome', 'Patricia'],
    last: ['Reyes', 'Cruz', 'Bautista', 'Villanueva', 'Dela Cruz', 'Mendoza'],
  },
];

const CULTURE_TOTAL = CULTURES.reduce((sum, c) => sum + c.weight, 0);

/** Post-nominals seen in real Last Name cells (docs/formats.md section 1). */
const CREDENTIALS = [
  'Ph.D.',
  'MBA',
  'PMP',
  'CPA',
  'MSc',
  'CFA',
  'PhD',
  'CISSP',
  'P.Eng.',
  'MD',
  'Certified Executive Coach',
] as const;

export const RECRUITER_CREDENTIALS = ['SHRM-CP', 'CIPD', 'Certified Talent Acquisition Partner'];

const EMOJI = ['🚀', '🌱', '✨', '🌍'] as const;

export interface InventedName {
  firstName: string;
  /** The Last Name cell as written: surname, then any credentials after commas, or an emoji. */
  lastName: string;
  surname: string;
  culture: NameCulture;
}

export interface NameOptions {
  /** Share of names with post-nominals (design choice, about 3 % as in a real 2024 export). */
  credentialRate?: number;
  credentialPool?: readonly string[];
  /** Share of names with an emoji after the surname (design choice). */
  emojiRate?: number;
}

function pickCulture(rng: Rng): CultureNames {
  let target = rng.next() * CULTURE_TOTAL;
  for (const culture of CULTURES) {
    target -= culture.weight;
    if (target < 0) return culture;
  }
  return rng.pick(CULTURES);
}

export function inventName(rng: Rng, options: NameOptions = {}): InventedName {
  const culture = pickCulture(rng);
  const firstName = rng.pick(culture.first);
  // Most people carry one culture's first and last name; about one in six mix (design choice).
  const surname = rng.pick(rng.chance(0.84) ? culture.last : pickCulture(rng).last);
  let lastName = surname;
  if (rng.chance(options.credentialRate ?? 0.03)) {
    lastName = `${surname}, ${rng.pick(options.credentialPool ?? CREDENTIALS)}`;
    if (rng.chance(0.15)) lastName += `, ${rng.pick(CREDENTIALS)}`;
  } else if (rng.chance(options.emojiRate ?? 0.003)) {
    lastName = `${surname} ${rng.pick(EMOJI)}`;
  }
  return { firstName, lastName, surname, culture: culture.culture };
}

/** The name LinkedIn shows in messages: credentials included, so it can contain commas. */
export function formatFullName(name: { firstName: string; lastName: string }): string {
  return `${name.firstName} ${name.lastName}`;
}

// Letters NFKD does not decompose into a base letter plus a mark.
const FOLDS: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', ß: 'ss', đ: 'd', æ: 'ae', œ: 'oe' };

export function hasNonAscii(text: string): boolean {
  return /[^\x20-\x7e]/.test(text);
}

export function foldToAscii(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ıłøßđæœ]/g, (letter) => FOLDS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

function slugBase(firstName: string, surname: string, keepNonAscii: boolean): string {
  const raw = `${firstName} ${surname}`.toLowerCase();
  const text = keepNonAscii ? raw.normalize('NFC') : foldToAscii(raw);
  const allowed = keepNonAscii ? /[^\p{L}\p{N}]+/gu : /[^a-z0-9]+/g;
  return text.replace(allowed, '-').replace(/^-+|-+$/g, '');
}

export interface ProfileSlugs {
  /** A slug no other invented person has. */
  make(rng: Rng, firstName: string, surname: string): string;
}

/**
 * Profile slugs as LinkedIn assigns them: `first-last-<hex>` for most, a bare vanity slug for
 * some, and, for names with accents, sometimes the accented letters themselves (`ümit-yilmaz-…`).
 * Shares are design choices.
 */
export function createProfileSlugs(): ProfileSlugs {
  const used = new Set<string>();
  return {
    make(rng, firstName, surname) {
      const isAccented = hasNonAscii(`${firstName}${surname}`);
      const base = slugBase(firstName, surname, isAccented && rng.chance(0.35)) || 'member';
      const style = rng.next();
      let slug =
        style < 0.7
          ? `${base}-${rng.int(0, 0xfffffff).toString(16).padStart(7, '0')}`
          : style < 0.85
            ? `${base}-${rng.int(1, 999)}`
            : base;
      while (used.has(slug)) slug = `${base}-${rng.int(0, 0xffffffff).toString(16)}`;
      used.add(slug);
      return slug;
    },
  };
}

export function formatProfileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${slug}`;
}

/** Connections.csv writes non-ASCII slugs percent-encoded (normalised back by core/profile-url). */
export function formatEncodedProfileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}`;
}

/** Endorsement files write the URL without a scheme (docs/formats.md section 1). */
export function formatBareProfileUrl(slug: string): string {
  return `www.linkedin.com/in/${slug}`;
}

/** RFC 2606 reserved domains only, so no invented address can reach anybody. */
const EMAIL_DOMAINS = [
  'example.com',
  'example.org',
  'example.net',
  'mail.example',
  'inbox.example',
] as const;

export function inventEmail(rng: Rng, firstName: string, surname: string): string {
  const first = foldToAscii(firstName).replace(/[^a-z0-9]+/g, '');
  const last = foldToAscii(surname).replace(/[^a-z0-9]+/g, '');
  const local = rng.pick([
    `${first}.${last}`,
    `${first}${last}`,
    `${first.slice(0, 1)}${last}`,
    `${first}.${last}${rng.int(1, 99)}`,
  ]);
  return `${local}@${rng.pick(EMAIL_DOMAINS)}`;
}
