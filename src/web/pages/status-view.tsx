import type { ReactNode } from 'react';
import type { Loaded } from '../use-api.js';

/** The loading and error states every page shares; children render once the data is there. */
export function StatusView<T>(props: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  const { loaded } = props;
  if (loaded.state === 'loading') return <p role="status">Loading...</p>;
  if (loaded.state === 'error') {
    return (
      <p role="alert" className="error">
        {loaded.message}
      </p>
    );
  }
  return <>{props.children(loaded.data)}</>;
}
