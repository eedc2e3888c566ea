import { useCallback, useEffect, useState } from 'react';
import { createApiClient } from '../server/api-client.js';

export const api = createApiClient();

export type Loaded<T> =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: T };

/** Loads once per change of `key`; `reload` fetches again after a change the page made. */
export function useApi<T>(load: () => Promise<T>, key: string): Loaded<T> & { reload(): void } {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    setResult((r) => (r.state === 'ready' ? r : { state: 'loading' }));
    load().then(
      (data) => isCurrent && setResult({ state: 'ready', data }),
      (error: unknown) =>
        isCurrent &&
        setResult({
          state: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      isCurrent = false;
    };
    // `load` is a fresh closure each render; `key` says when it asks for something new.
  }, [key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...result, reload };
}
