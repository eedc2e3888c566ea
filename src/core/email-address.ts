/**
 * Email keys. Case never matters in practice; Gmail also ignores dots and `+tags` in the local
 * part (issue 6 extends this to other providers).
 */
const DOT_INSENSITIVE = new Set(['gmail.com', 'googlemail.com']);

export function normaliseEmail(raw: string): string | undefined {
  const address = raw
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1 || /\s/.test(address)) return undefined;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (DOT_INSENSITIVE.has(domain)) {
    local = local.replace(/\+.*$/, '').replace(/\./g, '');
  }
  return `${local}@${domain}`;
}
