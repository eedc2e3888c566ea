import type { TieClass } from '../../server/api-client.js';

/** The tie classes in the order of the research's strength scale, strongest first. */
export const CLASS_ORDER: readonly TieClass[] = [
  'strong',
  'moderately-weak',
  'weak',
  'dormant',
  'never-interacted',
];

export const CLASS_LABELS: Readonly<Record<TieClass, string>> = {
  strong: 'Strong',
  'moderately-weak': 'Moderately weak',
  weak: 'Weak',
  dormant: 'Dormant',
  'never-interacted': 'Never interacted',
};

const WIDTH = 720;
const HEIGHT = 36;
const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

/**
 * The tie-class mix (issue 8, dashboard) as one bar split by class, each class in its colour;
 * the label says every share, and the page's table beside it gives the counts.
 */
export function TieMixChart(props: { mix: Readonly<Record<TieClass, number>> }) {
  const total = CLASS_ORDER.reduce((n, c) => n + props.mix[c], 0);
  let x = 0;
  const parts = CLASS_ORDER.map((c) => {
    const share = total > 0 ? props.mix[c] / total : 0;
    const part = { tieClass: c, share, x, width: share * WIDTH };
    x += part.width;
    return part;
  });
  const label = `Tie classes of your connections: ${parts
    .map((p) => `${CLASS_LABELS[p.tieClass]} ${percent(p.share)}`)
    .join(', ')}.`;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
        <rect className="track" x={0} y={0} width={WIDTH} height={HEIGHT} />
        {parts.map((p) =>
          p.width > 0 ? (
            <rect
              key={p.tieClass}
              className={`fill-${p.tieClass}`}
              x={p.x}
              y={0}
              width={p.width}
              height={HEIGHT}
            />
          ) : null,
        )}
      </svg>
      <ul className="legend-row" aria-hidden="true">
        {parts.map((p) => (
          <li key={p.tieClass}>
            <svg viewBox="0 0 12 12">
              <rect className={`fill-${p.tieClass}`} width={12} height={12} />
            </svg>
            {CLASS_LABELS[p.tieClass]} {percent(p.share)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
