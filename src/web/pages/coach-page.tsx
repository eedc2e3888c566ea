import type { CoachedMember } from '../../server/accounts-client.js';
import { accountsApi } from '../../server/accounts-client.js';
import { useApi } from '../use-api.js';
import { CohortView } from './cohort-view.js';
import { StatusView } from './status-view.js';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** One member's row: the window's totals and this week against the pace, counts only. */
function MemberRow(props: { member: CoachedMember }) {
  const { member } = props;
  const weeks = member.progress.weeks;
  const current = weeks[weeks.length - 1];
  const change = member.progress.networkChange;
  return (
    <tr data-testid="coached-member">
      <th scope="row" className="name">
        {member.name}
      </th>
      <td>{member.sharedSince.slice(0, 10)}</td>
      <td className="num">
        {current ? `${current.invitations} of ${current.invitationPace}` : '–'}
      </td>
      <td className="num">{sum(weeks.map((w) => w.conversations.total))}</td>
      <td className="num">{sum(weeks.map((w) => w.asks.total))}</td>
      <td className="num">{sum(weeks.map((w) => w.referrals))}</td>
      <td className="num">{sum(weeks.map((w) => w.interviews))}</td>
      <td className="num">{sum(weeks.map((w) => w.offers))}</td>
      <td className="num">{current ? current.connections : '–'}</td>
      <td className="num">{change ? signed(change.connections) : '–'}</td>
    </tr>
  );
}

/** The coach's view: members who share with them, as numbers; never a contact. */
export function CoachPage() {
  const members = useApi(() => accountsApi.coachedMembers(), 'coached-members');
  const cohort = useApi(() => accountsApi.coachCohort(), 'coach-cohort');
  return (
    <section>
      <h1>Your members</h1>
      <p className="lead">
        Progress of the members who share it with you: counts per week, never names of their
        contacts or their messages.
      </p>
      <StatusView loaded={members}>
        {(list) =>
          list.length === 0 ? (
            <p className="note">No member shares their progress with you yet.</p>
          ) : (
            <table className="coached">
              <caption>Totals over the last {list[0]?.progress.weeks.length ?? 0} weeks</caption>
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Sharing since</th>
                  <th scope="col">Invitations this week (of pace)</th>
                  <th scope="col">Conversations</th>
                  <th scope="col">Asks</th>
                  <th scope="col">Referrals</th>
                  <th scope="col">Interviews</th>
                  <th scope="col">Offers</th>
                  <th scope="col">Connections</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {list.map((m) => (
                  <MemberRow key={m.userId} member={m} />
                ))}
              </tbody>
            </table>
          )
        }
      </StatusView>
      <h2>Your cohort</h2>
      <StatusView loaded={cohort}>
        {(c) => <CohortView cohort={c} caption="Members who share with you" />}
      </StatusView>
    </section>
  );
}
