/**
 * Short, generic message texts, invented for the demo: catching up with former colleagues,
 * recruiters' approaches and the job seeker's replies, notes to new contacts. Templates take
 * `{first}` (the other person), `{me}` (the owner), `{company}`, `{role}`, `{topic}`, `{event}`
 * and `{sector}`. A few come out formal and multi-line, as real LinkedIn messages do.
 */
import type { Rng } from './rng.js';

export type TextAudience = 'colleague' | 'school' | 'recruiter' | 'contact' | 'group';

type Pools = Record<TextAudience, { opener: readonly string[]; reply: readonly string[] }>;

const FROM_OWNER: Pools = {
  colleague: {
    opener: [
      'Hey {first}! Long time. How are things at {company}?',
      'Hi {first}, hope you are well. Are you still on the same team?',
      '{first}! Just saw your update, congrats on the new role 🎉',
      'Hi {first}, quick one: do you still have the notes from the migration post-mortem?',
      'Are you around for a coffee next week? Would love to catch up.',
      'Hi {first}, I am starting to look around for my next role in {sector}. Could I ask you a few questions about {company}?',
    ],
    reply: [
      'Thanks, that helps a lot.',
      'Ha, yes. Those were the days.',
      'Sounds good, Thursday works for me.',
      'Sending it over now.',
      'Would love your take on a couple of {role} roles I am looking at.',
      'Let me know if I can return the favour.',
      '👍',
      'Perfect, talk then!',
      'Great to catch up today. Say hi to the team for me.',
      'Yes please, an intro would be amazing. Thank you!',
    ],
  },
  school: {
    opener: [
      '{first}!! How long has it been?',
      'Hi {first}, saw you moved to {company}, congrats!',
      'Reunion this summer? Someone should organise it.',
    ],
    reply: ['Haha, so true.', 'Let us do it, I will check dates.', 'Miss those days!', 'Deal.'],
  },
  recruiter: {
    opener: [
      'Hi {first}, thanks for connecting. I am exploring {role} roles in {sector}; happy to share my CV.',
      'Hi {first}, I saw the {role} opening at {company}. Is it still open?',
    ],
    reply: [
      'Thanks for reaching out! Yes, I am open to hearing more. Could you share the salary range?',
      'Thanks {first}, happy to chat. I am free Tuesday afternoon.',
      'I appreciate it, but it is not the right fit for me right now.',
      'Could you send me the job description?',
      'Just sent over my updated CV.',
      'Thanks for the update. Looking forward to hearing back.',
      'Great, see you on the call.',
    ],
  },
  contact: {
    opener: [
      'Hi {first}, thanks for connecting! I enjoyed your talk at {event}.',
      'Hi {first}, I read your post on {topic}, really useful. Would you be open to a 20-minute chat about how your team works?',
      'Thanks for accepting my invitation, {first}. I am exploring roles in {sector} and would value your perspective.',
      'Hi {first}, we met at {event}. Great to stay in touch!',
      'Hi {first}, I noticed you work at {company}. How do you like it there?',
    ],
    reply: [
      'Thank you, really appreciate your time.',
      'That is very helpful, thanks!',
      'Would Thursday at 4pm work?',
      'Thanks again for the advice, I will let you know how it goes.',
      'Happy to return the favour anytime.',
    ],
  },
  group: {
    opener: ['Who is in for dinner on Friday?', 'Long time, team! How is everyone?'],
    reply: [
      'Count me in.',
      'Photos from last night 📸',
      'Happy birthday!!',
      'Same place as last time?',
    ],
  },
};

const TO_OWNER: Pools = {
  colleague: {
    opener: [
      'Hey {me}! Good to see you here.',
      'Hi {me}, are you still in touch with anyone from the old team?',
      '{me}, we are hiring a {role} at {company}. Know anyone? Or interested yourself? 😉',
    ],
    reply: [
      'Good to hear from you! All good here, busy as ever.',
      'Still here, yes. The team has doubled since you left.',
      'Sure, happy to help. What is the best time for a call?',
      'Congrats on the new role!',
      'Ha, I was just thinking about you the other day.',
      'Yes! Let us do it. Tuesday or Wednesday?',
      'I can introduce you to our hiring manager if you want.',
      'Sent you the doc, let me know if the link does not work.',
      'Of course. Put my name down as a referral.',
    ],
  },
  school: {
    opener: ['{me}!! Are you coming to the reunion?', 'Hey {me}, is that you at {company}?'],
    reply: ['Way too long!', 'Yes, count me in.', 'Haha, I remember that.', 'Send me your number.'],
  },
  recruiter: {
    opener: [
      'Hi {me}, I am working with a {sector} company that is hiring a {role}. Open to a quick chat?',
      'Hi {me}, your background in {topic} caught my eye. Are you open to new opportunities?',
      'Hello {me}, I am hiring for a {role} role, remote-friendly, strong team. Interested?',
    ],
    reply: [
      'Great, I have sent a calendar invite.',
      'The range is competitive, happy to discuss on the call.',
      'Thanks for your time today! I will share your profile with the hiring manager.',
      'Just following up on my last message.',
      'The hiring manager would like to meet you next week.',
      'Unfortunately they went with another candidate. I will keep you in mind.',
    ],
  },
  contact: {
    opener: [
      'Thanks for connecting!',
      'Hi {me}, great meeting you at {event}!',
      'Hi {me}, thanks for the invite. What made you reach out?',
    ],
    reply: [
      'Hi {me}, nice to meet you. Happy to chat, what would you like to know?',
      'Sure, send me a few times that work.',
      'I am not hiring right now, but I would be glad to introduce you to someone on our team.',
      'Good luck with the search!',
      'Happy to help. Here is the link I mentioned.',
    ],
  },
  group: {
    opener: ['Who is in for dinner on Friday?', 'Hi all! Organising a reunion, reply with dates.'],
    reply: [
      'Count me in.',
      'Cannot make it, sorry!',
      'Same place as last time?',
      'Love this group.',
    ],
  },
};

/** What a thread is about; `first` is the other person, `me` the owner. */
export interface ThreadContext {
  audience: TextAudience;
  first: string;
  me: string;
  company: string;
  role: string;
  topic: string;
  event: string;
  sector: string;
}

function fill(template: string, context: ThreadContext): string {
  return template.replace(/\{(first|me|company|role|topic|event|sector)\}/g, (_, key: string) => {
    switch (key) {
      case 'first':
        return context.first;
      case 'me':
        return context.me;
      case 'company':
        return context.company || 'your company';
      case 'role':
        return context.role;
      case 'topic':
        return context.topic;
      case 'event':
        return context.event;
      default:
        return context.sector;
    }
  });
}

export function writeMessageText(
  rng: Rng,
  context: ThreadContext,
  isFromOwner: boolean,
  isOpener: boolean,
): string {
  const pool = (isFromOwner ? FROM_OWNER : TO_OWNER)[context.audience];
  const template = rng.pick(isOpener ? pool.opener : pool.reply);
  const text = template.includes('{') ? fill(template, context) : template;
  // One in twenty reads like an email: greeting, body, sign-off on separate lines (design choice).
  if (context.audience !== 'group' && rng.chance(0.05)) {
    const greeting = `Hi ${isFromOwner ? context.first : context.me},`;
    const signature = isFromOwner ? context.me : context.first;
    return `${greeting}\n\n${text}\n\nBest,\n${signature}`;
  }
  return text;
}

/** Sponsored InMail: LinkedIn's spinmail HTML with the `%FIRSTNAME%` placeholder left in (docs/formats.md section 1). */
export function writeSponsoredContent(rng: Rng, sender: string, program: string): string {
  const line = (text: string): string => `<p class="spinmail-quill-editor__spin-break">${text}</p>`;
  return [
    line('Hi %FIRSTNAME%,'),
    line(
      rng.pick([
        `Professionals like you are joining our ${program}. Classes start next month, fully online.`,
        `Ready for your next step? Our ${program} fits around a full-time job.`,
        `You have been selected to learn more about our ${program}, with scholarships available.`,
      ]),
    ),
    line(`Best regards,<br>${sender}`),
  ].join('');
}

export const SPONSORED_PROGRAMS = [
  'Executive MBA',
  'Leadership Accelerator',
  'Data Science Bootcamp',
  'Product Management Certificate',
  'Cloud Architecture Program',
] as const;

/** Invitation notes: short, under LinkedIn's 200-character limit for free accounts (docs/science.md section 6). */
export function writeInvitationNote(
  rng: Rng,
  first: string,
  context: { event: string; topic: string; sector: string },
): string {
  return rng
    .pick([
      `Hi ${first}, we met at ${context.event}. Would love to stay in touch!`,
      `Hi ${first}, I enjoyed your post on ${context.topic}. I am exploring roles in ${context.sector}, would be great to connect.`,
      `Hi ${first}, fellow ${context.topic} nerd here. Let us connect.`,
      `Hello ${first}, I am looking for my next role in ${context.sector} and admire your team's work. Open to connecting?`,
    ])
    .slice(0, 200);
}
