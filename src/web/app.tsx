import { lazy, Suspense } from 'react';
import { DashboardPage } from './pages/dashboard-page.js';
import { ListsPage } from './pages/lists-page.js';
import { GoalsPage } from './pages/goals-page.js';
import { ImportPage } from './pages/import-page.js';
import { PipelinePage } from './pages/pipeline-page.js';
import { PeoplePage } from './pages/people-page.js';
import { PersonPage } from './pages/person-page.js';
import { PlanPage } from './pages/plan-page.js';
import { ReviewPage } from './pages/review-page.js';
import { SessionGate } from './pages/session-gate.js';
import { Link, usePath } from './router.js';

// The map's WebGL renderer (sigma, graphology) is most of the bundle: load it on its page only.
const NetworkPage = lazy(() =>
  import('./pages/network-page.js').then((m) => ({ default: m.NetworkPage })),
);

const NAV = [
  { to: '/', label: 'Dashboard' },
  { to: '/people', label: 'People' },
  { to: '/network', label: 'Network map' },
  { to: '/lists', label: 'Lists' },
  { to: '/plan', label: "Today's plan" },
  { to: '/pipeline', label: 'Pipeline' },
  { to: '/review', label: 'Review' },
  { to: '/goals', label: 'Goals' },
  { to: '/import', label: 'Import' },
];

function choosePage(path: string) {
  const person = /^\/people\/(\d{1,12})$/.exec(path);
  if (person) return <PersonPage id={Number(person[1])} />;
  if (path === '/people') return <PeoplePage />;
  if (path === '/network') {
    return (
      <Suspense fallback={<p role="status">Loading the map...</p>}>
        <NetworkPage />
      </Suspense>
    );
  }
  if (path === '/goals') return <GoalsPage />;
  if (path === '/pipeline') return <PipelinePage />;
  if (path === '/review') return <ReviewPage />;
  if (path === '/import') return <ImportPage />;
  if (path === '/lists') return <ListsPage />;
  if (path === '/plan') return <PlanPage />;
  if (path === '/') return <DashboardPage />;
  return (
    <section>
      <h1>Not found</h1>
      <p>
        There is no page here. <Link to="/">Go to the dashboard</Link>.
      </p>
    </section>
  );
}

function MemberApp() {
  const path = usePath();
  const section = '/' + (path.split('/')[1] ?? '');
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">weakties</span>
        <nav aria-label="Main">
          {NAV.map((item) => (
            <span key={item.to} aria-current={section === item.to ? 'page' : undefined}>
              <Link to={item.to}>{item.label}</Link>
            </span>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {choosePage(path)}
      </main>
    </>
  );
}

/**
 * In server mode (`weakties serve --multi-user`) the gate signs people in and shows each role its
 * own page; a signed-in member, and the single-user app, get the member app above.
 */
export function App() {
  const path = usePath();
  return (
    <SessionGate path={path}>
      <MemberApp />
    </SessionGate>
  );
}
