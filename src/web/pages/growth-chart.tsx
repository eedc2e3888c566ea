/** Connections added per year as an inline SVG bar chart (no chart library, nothing inline-run). */
export function GrowthChart(props: { byYear: { year: string; count: number }[] }) {
  const bars = props.byYear;
  const width = 640;
  const height = 180;
  const gap = 4;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const barWidth = bars.length ? (width - gap * bars.length) / bars.length : 0;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height + 24}`}
        role="img"
        aria-label={`Connections added per year: ${bars.map((b) => `${b.year} ${b.count}`).join(', ')}`}
      >
        {bars.map((b, i) => {
          const h = (b.count / max) * height;
          const x = i * (barWidth + gap);
          return (
            <g key={b.year}>
              <rect className="bar" x={x} y={height - h} width={barWidth} height={h}>
                <title>{`${b.year}: ${b.count}`}</title>
              </rect>
              {bars.length <= 16 || i % 2 === 0 ? (
                <text className="axis" x={x + barWidth / 2} y={height + 16} textAnchor="middle">
                  {b.year}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption>Connections added per year (connected-on date)</figcaption>
    </figure>
  );
}
