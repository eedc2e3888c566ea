import { listImportRuns } from '../store/import-runs-store.js';
import type { Store } from '../store/open-store.js';
import { LOCAL_ACCOUNT_ID } from '../store/open-store.js';
import { getOwnerProfile } from '../store/owner-store.js';
import { countRows, loadNetworkFigures } from '../store/stats-store.js';
import { countStandingMerges } from '../store/merges-store.js';

/** `weakties stats`: the size and shape of what was imported. */
export async function computeStats(store: Store, accountId = LOCAL_ACCOUNT_ID) {
  const [rows, figures, owner] = await Promise.all([
    countRows(store.db, accountId),
    loadNetworkFigures(store.db, accountId),
    getOwnerProfile(store.db, accountId),
  ]);
  const connections = rows.connections;
  const topTen = figures.topCompanies.reduce((n, c) => n + c.count, 0);
  return {
    owner: owner
      ? {
          name: `${owner.first_name} ${owner.last_name}`.trim(),
          headline: owner.headline,
          industry: owner.industry,
        }
      : null,
    people: rows.people,
    connections,
    peopleOutsideConnections: figures.peopleOutsideConnections,
    connectionsByYear: figures.connectionsByYear,
    distinctCompanies: figures.distinctCompanies,
    topCompanies: figures.topCompanies,
    topTenCompanyShare: connections > 0 ? topTen / connections : 0,
    conversations: rows.conversations,
    messages: rows.messages,
    messagesSent: figures.messagesSent,
    messagesReceived: figures.messagesReceived,
    connectionsMessaged: figures.connectionsMessaged,
    messagedShare: connections > 0 ? figures.connectionsMessaged / connections : 0,
    invitationsOut: figures.invitationsOut,
    invitationsIn: figures.invitationsIn,
    endorsements: rows.endorsements,
    recommendations: rows.recommendations,
    companyFollows: rows.company_follows,
    savedJobs: rows.saved_jobs,
    positions: rows.positions,
    imports: rows.import_runs,
    merges: await countStandingMerges(store.db, accountId),
    rows,
  };
}

export type NetworkStats = Awaited<ReturnType<typeof computeStats>>;

export async function listImports(store: Store, accountId = LOCAL_ACCOUNT_ID) {
  const runs = await listImportRuns(store.db, accountId);
  return runs.map((r) => ({
    id: r.id,
    source: r.source,
    input: r.inputName,
    exportDate: r.exportDate,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    sha256: r.sha256,
    summary: JSON.parse(r.summary) as unknown,
  }));
}
