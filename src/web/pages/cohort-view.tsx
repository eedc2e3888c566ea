import type { Cell } from '../../core/progress/small-cells.js';
import type { CohortSummary } from '../../server/accounts-client.js';

function showCell(cell: Cell) {
  if (cell.suppressed) {
    return (
      <td className="num" title="fewer than 5 members: not shown">
        –
      </td>
    );
  }
  const rounded = Math.round(cell.value * 100) / 100;
  return <td className="num">{rounded.toLocaleString('en')}</td>;
}

/**
 * A cohort's weekly aggregates (member-progress.ts): every cell of fewer than 5 members shows
 * a dash, never a number.
 */
export function CohortView(props: { cohort: CohortSummary; caption: string }) {
  const { cohort } = props;
  if (cohort.suppressed) {
    return (
      <p className="note" data-testid="cohort-suppressed">
        {cohort.members === 0
          ? 'No member shares their progress yet.'
          : `Fewer than ${cohort.threshold} members share their progress, so no cohort figure is shown.`}
      </p>
    );
  }
  return (
    <table className="cohort">
      <caption>
        {props.caption}: {cohort.members} members; cells of fewer than {cohort.threshold} members
        show a dash
      </caption>
      <thead>
        <tr>
          <th scope="col">Week</th>
          <th scope="col">Invitations</th>
          <th scope="col">Median invitations per member</th>
          <th scope="col">Members at pace</th>
          <th scope="col">Conversations</th>
          <th scope="col">Asks</th>
          <th scope="col">Referrals</th>
          <th scope="col">Interviews</th>
          <th scope="col">Offers</th>
          <th scope="col">Median connections</th>
        </tr>
      </thead>
      <tbody>
        {cohort.weeks.map((w) => (
          <tr key={w.week}>
            <th scope="row">{w.week}</th>
            {showCell(w.invitations.total)}
            {showCell(w.invitations.medianPerMember)}
            {showCell(w.invitations.membersAtPace)}
            {showCell(w.conversations.total)}
            {showCell(w.asks.total)}
            {showCell(w.referrals)}
            {showCell(w.interviews)}
            {showCell(w.offers)}
            {showCell(w.connections.medianPerMember)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
