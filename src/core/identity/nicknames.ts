/**
 * Nickname groups: the forms one person's first name takes across sources ("Bob" in WhatsApp,
 * "Robert" on LinkedIn). Each nickname maps to one formal name, so a name's canonical first
 * initial can be used as a blocking key (match-model.ts). A short curated list of common
 * English, Spanish and other forms, a design choice: a missing nickname costs a pair the match
 * model scores as different names (never merged automatically); a nickname level alone, without
 * the same surname and some agreeing evidence besides the name, never merges (fusion-plan.ts).
 */
const GROUPS: Record<string, readonly string[]> = {
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  william: ['bill', 'billy', 'will', 'willy', 'liam'],
  richard: ['rick', 'ricky', 'rich', 'dick'],
  james: ['jim', 'jimmy', 'jamie'],
  john: ['jack', 'johnny', 'jon'],
  joseph: ['joe', 'joey'],
  michael: ['mike', 'mikey', 'mick'],
  thomas: ['tom', 'tommy'],
  christopher: ['chris', 'topher'],
  daniel: ['dan', 'danny'],
  david: ['dave', 'davey'],
  edward: ['ed', 'eddie', 'ted', 'ned'],
  anthony: ['tony'],
  andrew: ['andy', 'drew'],
  alexander: ['alex', 'sasha', 'sandy'],
  benjamin: ['ben', 'benny'],
  charles: ['charlie', 'chuck'],
  matthew: ['matt'],
  nicholas: ['nick', 'nicky'],
  patrick: ['pat', 'paddy'],
  peter: ['pete'],
  samuel: ['sam', 'sammy'],
  stephen: ['steve', 'steven', 'stevie'],
  timothy: ['tim', 'timmy'],
  jonathan: ['jonny'],
  gregory: ['greg'],
  kenneth: ['ken', 'kenny'],
  lawrence: ['larry'],
  ronald: ['ron', 'ronnie'],
  donald: ['don', 'donnie'],
  elizabeth: ['liz', 'lizzie', 'beth', 'betty', 'eliza', 'libby'],
  margaret: ['maggie', 'meg', 'peggy', 'marge'],
  katherine: ['kate', 'katie', 'kathy', 'kat', 'catherine', 'kathryn'],
  jennifer: ['jen', 'jenny'],
  jessica: ['jess', 'jessie'],
  rebecca: ['becky', 'becca'],
  susan: ['sue', 'susie'],
  patricia: ['patty', 'trish', 'tricia'],
  deborah: ['debbie', 'deb'],
  victoria: ['vicky', 'tori'],
  christina: ['tina', 'christine', 'kristina'],
  alexandra: ['alexa', 'lexi'],
  francisco: ['paco', 'pancho', 'fran'],
  jose: ['pepe'],
  manuel: ['manolo', 'manu'],
  ignacio: ['nacho'],
  guillermo: ['memo', 'guille'],
  enrique: ['quique'],
  dolores: ['lola'],
  concepcion: ['concha', 'conchi'],
  mercedes: ['merche'],
  rosario: ['charo'],
  // Forms that are not a prefix of the name (prefixes are caught by the match model itself).
  olivia: ['liv', 'livvy'],
  nathan: ['nate'],
  lorenzo: ['enzo'],
  xiaoming: ['ming'],
  oluwaseun: ['seun'],
  fernanda: ['nanda'],
  katarzyna: ['kasia'],
  agnieszka: ['aga'],
  giorgos: ['george', 'yorgos'],
  kostas: ['costa'],
  alessandro: ['sandro'],
  giuseppe: ['beppe', 'peppe'],
  johannes: ['hannes'],
  aleksandr: ['sasha'],
};

const CANONICAL = new Map<string, string>();
for (const [formal, nicknames] of Object.entries(GROUPS)) {
  CANONICAL.set(formal, formal);
  for (const nickname of nicknames) CANONICAL.set(nickname, formal);
}

/** The formal first name a (normalised) first name stands for; the name itself if unknown. */
export function canonicalFirstName(normalisedFirst: string): string {
  return CANONICAL.get(normalisedFirst) ?? normalisedFirst;
}

/** True when two different normalised first names are forms of one name. */
export function isNicknamePair(a: string, b: string): boolean {
  return a !== b && canonicalFirstName(a) === canonicalFirstName(b);
}
