/**
 * The owner's own files: Profile.csv, Positions.csv, Education.csv, Email Addresses.csv,
 * PhoneNumbers.csv and Skills.csv, with the headers and date formats of docs/formats.md section 1.
 */
import { encodeCsvFile } from './csv-text.js';
import { formatMonthDay, formatMonthYear, formatShortUsDate } from './linkedin-dates.js';
import type { OwnerStory } from './owner-story.js';

export const PROFILE_HEADER = [
  'First Name',
  'Last Name',
  'Maiden Name',
  'Address',
  'Birth Date',
  'Headline',
  'Summary',
  'Industry',
  'Zip Code',
  'Geo Location',
  'Twitter Handles',
  'Websites',
  'Instant Messengers',
] as const;
export const POSITIONS_HEADER = [
  'Company Name',
  'Title',
  'Description',
  'Location',
  'Started On',
  'Finished On',
] as const;
export const EDUCATION_HEADER = [
  'School Name',
  'Start Date',
  'End Date',
  'Notes',
  'Degree Name',
  'Activities',
] as const;
export const EMAIL_ADDRESSES_HEADER = [
  'Email Address',
  'Confirmed',
  'Primary',
  'Updated On',
] as const;
export const PHONE_NUMBERS_HEADER = ['Extension', 'Number', 'Type'] as const;
export const SKILLS_HEADER = ['Name'] as const;

export function encodeProfileCsv(owner: OwnerStory): Buffer {
  return encodeCsvFile(PROFILE_HEADER, [
    [
      owner.firstName,
      owner.lastName,
      '',
      '',
      formatMonthDay(owner.birthdayMs),
      owner.headline,
      owner.summary,
      owner.track.industryName,
      '',
      owner.geoLocation,
      '',
      '',
      '',
    ],
  ]);
}

/** Newest first, the current position with an empty Finished On. */
export function encodePositionsCsv(owner: OwnerStory): Buffer {
  const rows = [...owner.positions]
    .sort((a, b) => b.startMs - a.startMs)
    .map((p) => [
      p.company.name,
      p.title,
      p.description,
      p.location,
      formatMonthYear(p.startMs),
      p.endMs === undefined ? '' : formatMonthYear(p.endMs),
    ]);
  return encodeCsvFile(POSITIONS_HEADER, rows);
}

export function encodeEducationCsv(owner: OwnerStory): Buffer {
  const { school, track } = owner;
  return encodeCsvFile(EDUCATION_HEADER, [
    [
      school.company.name,
      String(school.startYear),
      String(school.endYear),
      '',
      track.degree,
      track.activities,
    ],
  ]);
}

export function encodeEmailAddressesCsv(owner: OwnerStory): Buffer {
  return encodeCsvFile(
    EMAIL_ADDRESSES_HEADER,
    owner.emails.map((e) => [
      e.address,
      'Yes',
      e.isPrimary ? 'Yes' : 'No',
      formatShortUsDate(e.updatedMs),
    ]),
  );
}

export function encodePhoneNumbersCsv(owner: OwnerStory): Buffer {
  return encodeCsvFile(PHONE_NUMBERS_HEADER, [['', owner.phone, 'Mobile']]);
}

export function encodeSkillsCsv(owner: OwnerStory): Buffer {
  return encodeCsvFile(
    SKILLS_HEADER,
    owner.track.skills.map((skill) => [skill]),
  );
}
