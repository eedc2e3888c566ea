/**
 * Content sniffer for the dispatcher (docs/formats.md section 7; detect by content, never by file
 * name): a calendar file's first non-blank line is `BEGIN:VCALENDAR`, in any case, after an
 * optional BOM.
 */
export function looksLikeIcs(head: string): boolean {
  return /^\uFEFF?\s*BEGIN:VCALENDAR[ \t]*(?:\r|\n|$)/i.test(head.slice(0, 4096));
}
