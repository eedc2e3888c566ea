/**
 * A profile link only when it is an https LinkedIn address: the URL came from an export, and a
 * `javascript:` or other scheme must never become a clickable link.
 */
export function ProfileLink(props: { href: string | null | undefined }) {
  const href = props.href;
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return <span>{href}</span>;
  }
  if (url.protocol !== 'https:' || !/(^|\.)linkedin\.com$/i.test(url.hostname)) {
    return <span>{href}</span>;
  }
  return (
    <a href={url.href} target="_blank" rel="noopener noreferrer">
      LinkedIn profile
    </a>
  );
}
