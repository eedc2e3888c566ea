/**
 * Shares or scores from 0 to 1 as labelled horizontal bars (issue 8, dashboard: dormant share,
 * diversity), each with its value written beside it and an optional reference mark (a figure
 * from the research). The label of the image repeats every figure in words.
 */
export interface ShareBar {
  label: string;
  /** From 0 to 1. */
  value: number;
  /** The value as the page says it ("23.4 %", "0.87"). */
  text: string;
  /** A reference value from 0 to 1, drawn as a mark, and what it is. */
  reference?: { value: number; label: string };
}

// Drawn at about the width of a dashboard card, so the text stays near its real size.
const WIDTH = 480;
const ROW = 30;
const LABEL = 190;
const VALUE = 70;

const clamp = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

export function ShareBars(props: { title: string; bars: readonly ShareBar[] }) {
  const span = WIDTH - LABEL - VALUE;
  const label = `${props.title}: ${props.bars
    .map((b) => `${b.label} ${b.text}${b.reference ? ` (${b.reference.label})` : ''}`)
    .join('; ')}.`;
  return (
    <figure className="chart share-bars">
      <svg viewBox={`0 0 ${WIDTH} ${props.bars.length * ROW}`} role="img" aria-label={label}>
        {props.bars.map((b, i) => {
          const y = i * ROW;
          return (
            <g key={b.label}>
              <text className="label" x={0} y={y + 19}>
                {b.label}
              </text>
              <rect className="track" x={LABEL} y={y + 6} width={span} height={18} />
              <rect className="bar" x={LABEL} y={y + 6} width={clamp(b.value) * span} height={18} />
              {b.reference ? (
                <line
                  className="pace-marker"
                  x1={LABEL + clamp(b.reference.value) * span}
                  x2={LABEL + clamp(b.reference.value) * span}
                  y1={y + 2}
                  y2={y + 28}
                />
              ) : null}
              <text className="value" x={WIDTH - VALUE + 8} y={y + 19}>
                {b.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
