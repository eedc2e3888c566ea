/**
 * Profile URLs are the strongest key LinkedIn gives (docs/formats.md section 1: "Normalise profile
 * URLs before joining: lowercase, strip the scheme, `www.`, any trailing `/`, and
 * percent-encoding"). Endorsement files write them without a scheme, messages with one, and
 * non-ASCII slugs appear both raw (`/in/ümit-…`) and percent-encoded.
 */
export function normaliseProfileUrl(raw: string): string | undefined {
  let url = raw.trim();
  if (url === '') return undefined;
  url = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  url = url.replace(/[?#].*$/, '');
  url = url.replace(/\/+$/, '');
  try {
    url = decodeURIComponent(url);
  } catch {
    // A stray `%` that is not an escape is kept as written: the rest is still a usable key.
  }
  url = url.normalize('NFC').toLowerCase();
  url = url.replace(/^(www\.|[a-z]{2}\.)(?=linkedin\.com\/)/, '');
  return url === '' ? undefined : url;
}

/** A clickable https link for a normalised key (the user opens it; we never fetch it). */
export function profileLink(normalised: string): string {
  return `https://www.${normalised}`;
}
