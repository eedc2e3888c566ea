/**
 * Connections.csv as the 2024-26 export writes it (docs/formats.md section 1): a three-line "Notes:"
 * preamble, `DD Mon YYYY` dates, newest first, rows blank except Connected On for deleted
 * members, percent-encoded URLs for some non-ASCII slugs.
 */
import { encodeCsvFile } from './csv-text.js';
import { formatDayMonthYear } from './linkedin-dates.js';
import { formatEncodedProfileUrl, formatProfileUrl } from './names.js';
import type { Connection } from './network.js';

export const CONNECTIONS_HEADER = [
  'First Name',
  'Last Name',
  'URL',
  'Email Address',
  'Company',
  'Position',
  'Connected On',
] as const;

/** The preamble verbatim, quoted paragraph and blank line included. */
export const CONNECTIONS_PREAMBLE = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
] as const;

export function encodeConnectionsCsv(connections: readonly Connection[]): Buffer {
  const rows = connections.map((c) =>
    c.isBlank
      ? ['', '', '', '', '', '', formatDayMonthYear(c.connectedOnMs)]
      : [
          c.firstName,
          c.lastName,
          c.isUrlEncoded ? formatEncodedProfileUrl(c.slug) : formatProfileUrl(c.slug),
          c.email,
          c.company,
          c.title,
          formatDayMonthYear(c.connectedOnMs),
        ],
  );
  return encodeCsvFile(CONNECTIONS_HEADER, rows, CONNECTIONS_PREAMBLE);
}
