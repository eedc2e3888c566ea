import type { WeekPace } from '../../server/api-client.js';

const WIDTH = 720;
const HEIGHT = 64;
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * This week's invitations against the pace (issue 8, dashboard; core/progress/invitation-pace.ts):
 * a bar for the invitations sent since Monday, a mark where the pace stands today and the end of
 * the scale at what the whole week may carry. The sentence under it says the same in words.
 */
export function PaceChart(props: { pace: WeekPace }) {
  const p = props.pace;
  const scale = Math.max(1, p.pace, p.invitations);
  const x = (n: number) => (Math.min(n, scale) / scale) * WIDTH;
  const day = DAYS[p.daysElapsed - 1] ?? p.day;
  const status =
    p.invitations >= p.paceByToday
      ? 'on pace'
      : `${p.paceByToday - p.invitations} behind the pace for today`;
  const sentence = `${p.invitations} invitation${p.invitations === 1 ? '' : 's'} sent this week (${p.week}); the pace allows ${p.paceByToday} by today (${day}) and ${p.pace} this week: ${status}.`;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={sentence}>
        <rect className="track" x={0} y={16} width={WIDTH} height={28} />
        <rect className="bar" x={0} y={16} width={x(p.invitations)} height={28} />
        <line className="pace-marker" x1={x(p.paceByToday)} x2={x(p.paceByToday)} y1={8} y2={52} />
        <line className="marker" x1={x(p.pace) - 1} x2={x(p.pace) - 1} y1={8} y2={52} />
      </svg>
      <figcaption data-testid="pace-sentence">{sentence}</figcaption>
    </figure>
  );
}
