import { useEffect, useState } from 'react';

/**
 * The secret of a setup or invitation link sits in the URL's fragment (`/invitation#<token>`),
 * which browsers never send to a server. The page reads it once, then takes it out of the
 * address bar and the history entry, so it does not linger where others might see it.
 */
export function useLinkToken(): string {
  const [token] = useState(() => window.location.hash.slice(1));
  useEffect(() => {
    if (window.location.hash !== '') {
      window.history.replaceState(null, '', window.location.pathname);
    }
  }, []);
  return token;
}
