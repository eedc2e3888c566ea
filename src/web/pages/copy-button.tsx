import { useState } from 'react';

/** Copies a draft for the user to paste; weakties never sends anything (docs/product.md). */
export function CopyButton(props: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <button type="button" onClick={copy}>
      {state === 'copied'
        ? 'Copied'
        : state === 'failed'
          ? 'Copy failed: select the text'
          : (props.label ?? 'Copy')}
    </button>
  );
}
