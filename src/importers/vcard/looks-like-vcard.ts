/**
 * Content sniffer for the dispatcher (docs/formats.md, recommendation 1: detect by content, never by
 * file name): a vCard file's first non-blank line is `BEGIN:VCARD`, in any case, after an
 * optional BOM.
 */
export function looksLikeVcard(head: string): boolean {
  return /^\uFEFF?[\s]*BEGIN:VCARD[ \t]*(?:\r|\n|$)/i.test(head.slice(0, 4096));
}
