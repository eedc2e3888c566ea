/**
 * Network size and growth over time (issue 8, dashboard), by the month each connection was made
 * (the export's connected-on date): bars for connections added each month, a line for the
 * running total. An inline SVG (no chart library); the figures are in the image's label and in
 * a table by year, so the chart can be read without seeing it.
 */
const WIDTH = 720;
const HEIGHT = 200;
const AXIS = 22;

export interface GrowthMonth {
  month: string;
  added: number;
  total: number;
}

function byYear(months: readonly GrowthMonth[]): { year: string; added: number; total: number }[] {
  const years = new Map<string, { added: number; total: number }>();
  for (const m of months) {
    const year = m.month.slice(0, 4);
    const entry = years.get(year) ?? { added: 0, total: 0 };
    entry.added += m.added;
    entry.total = m.total;
    years.set(year, entry);
  }
  return [...years].map(([year, f]) => ({ year, ...f }));
}

const whole = (n: number) => n.toLocaleString('en');

/** Every month from the first to the last, those with no new connection included. */
function fillMonths(given: readonly GrowthMonth[]): GrowthMonth[] {
  const first = given[0];
  const last = given[given.length - 1];
  if (!first || !last) return [];
  const byMonth = new Map(given.map((m) => [m.month, m]));
  const months: GrowthMonth[] = [];
  let [year = 0, month = 1] = first.month.split('-').map(Number);
  let total = 0;
  // At most 200 years of months, so a malformed date never makes a long walk (design choice).
  for (let guard = 0; guard < 12 * 200; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const known = byMonth.get(key);
    total = known?.total ?? total;
    months.push({ month: key, added: known?.added ?? 0, total });
    if (key >= last.month) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

export function GrowthChart(props: { months: readonly GrowthMonth[] }) {
  const months = fillMonths(props.months);
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) {
    return (
      <p className="muted">No connection dates yet: import a LinkedIn export to see growth.</p>
    );
  }
  const maxAdded = Math.max(1, ...months.map((m) => m.added));
  const peak = months.reduce((best, m) => (m.added > best.added ? m : best), first);
  const step = WIDTH / months.length;
  const barWidth = Math.max(1, step - (step > 4 ? 1 : 0));
  const y = (share: number) => HEIGHT - share * (HEIGHT - 8);
  const line = months
    .map((m, i) => `${(i * step + step / 2).toFixed(1)},${y(m.total / last.total).toFixed(1)}`)
    .join(' ');
  const years = byYear(months);
  // One year label every few years when there are many, so labels never overlap.
  const every = Math.max(1, Math.ceil(years.length / 12));
  const ticks: { year: string; index: number }[] = [];
  months.forEach((m, index) => {
    const year = m.month.slice(0, 4);
    const isNewYear = index === 0 || months[index - 1]?.month.slice(0, 4) !== year;
    if (isNewYear && years.findIndex((yr) => yr.year === year) % every === 0) {
      ticks.push({ year, index });
    }
  });
  const label = `Connections over time: ${whole(last.total)} by ${last.month}, starting ${first.month}; the most added in one month was ${whole(peak.added)} in ${peak.month}.`;
  return (
    <figure className="chart growth">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} role="img" aria-label={label}>
        {months.map((m, i) => {
          const h = (m.added / maxAdded) * (HEIGHT - 8);
          return (
            <rect
              key={m.month}
              className="bar"
              x={i * step}
              y={HEIGHT - h}
              width={barWidth}
              height={h}
            />
          );
        })}
        <polyline className="total-line" points={line} />
        {ticks.map((t) => (
          <text key={t.year} className="axis" x={t.index * step} y={HEIGHT + 16}>
            {t.year}
          </text>
        ))}
      </svg>
      <figcaption>
        Bars: connections added each month (connected-on date). Line: the running total,{' '}
        {whole(last.total)} by {last.month}.
      </figcaption>
      <details>
        <summary>The figures by year</summary>
        <div className="table-scroll">
          <table className="figures-table">
            <caption>Connections added and held at the end of each year</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Added</th>
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {years.map((yr) => (
                <tr key={yr.year}>
                  <th scope="row">{yr.year}</th>
                  <td>{whole(yr.added)}</td>
                  <td>{whole(yr.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
