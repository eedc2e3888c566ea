import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { NetworkMap } from '../../server/api-client.js';
import { Link } from '../router.js';
import { api, useApi } from '../use-api.js';
import { NetworkCanvas, type CanvasControls } from './network-canvas.js';
import {
  buildMapGraph,
  colourOfCluster,
  indexNames,
  indexTies,
  isUniform,
  LEGEND_SIZE,
  neighboursOf,
  personAt,
  resizeNodes,
  searchNames,
  type SizeBy,
} from './network-graph.js';
import './network-page.css';
import { StatusView } from './status-view.js';

// Matches listed under the search box, and shared connections listed for a person (design choice).
const MATCHES_SHOWN = 8;
const NEIGHBOURS_SHOWN = 20;
// Up to this many ties are drawn from the start; above it only on request (design choice: at
// 200,000 ties the map needs a real GPU to move smoothly, and at a distance ties inside a
// cluster only fill its disc).
const ALL_TIES_UP_TO = 20_000;
// How many people the map may show (the `people` query parameter): all the server sends
// (MAX_MAP_NODES, 50,000), or fewer on a slow computer (design choice).
const PEOPLE_CHOICES = [50_000, 10_000, 2_000];

/** The people bound from the address (`/network?people=2000`), else all. */
function readPeopleBound(): number {
  const value = Number(new URLSearchParams(window.location.search).get('people'));
  return PEOPLE_CHOICES.includes(value) ? value : PEOPLE_CHOICES[0]!;
}

const SIZE_CHOICES: { value: SizeBy; label: string; hint: string }[] = [
  {
    value: 'novelty',
    label: 'Novelty',
    hint: 'mutual connections near the peak of the inverted U, little messaging (Rajkumar et al. 2022)',
  },
  {
    value: 'relevance',
    label: 'Relevance',
    hint: 'fit with your target companies, industries and roles',
  },
];

const figure = (n: number) => n.toLocaleString('en');

function describeBounds(map: NetworkMap): string {
  const { people, weakTies } = map.omitted;
  const parts: string[] = [];
  if (people > 0) {
    parts.push(
      map.maxNodes < PEOPLE_CHOICES[0]!
        ? ` You chose the ${figure(map.maxNodes)} best connected: ${figure(people)} people and their ties are left off.`
        : ` The map is bounded at ${figure(map.maxNodes)} people so the browser stays smooth: the ${figure(people)} least connected are left off.`,
    );
  }
  if (weakTies > 0) {
    parts.push(
      ` Ties are bounded at ${figure(map.maxEdges)}: the ${figure(weakTies)} weakest among the people shown are left off.`,
    );
  }
  return parts.join('');
}

function ShownMap(props: { map: NetworkMap; bound: number; onBound: (bound: number) => void }) {
  const { map, bound, onBound } = props;
  const [sizeBy, setSizeBy] = useState<SizeBy>('novelty');
  const tieCount = map.edges.length / 2;
  const [showAllTies, setShowAllTies] = useState(tieCount <= ALL_TIES_UP_TO);
  const [selected, setSelected] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const [notFound, setNotFound] = useState('');
  const controls = useRef<CanvasControls>(null);
  // The graph is built once per map; a new size choice only rewrites node sizes.
  const graph = useMemo(() => buildMapGraph(map, 'novelty'), [map]);
  const names = useMemo(() => indexNames(map), [map]);
  const ties = useMemo(() => indexTies(map), [map]);
  const matches = useMemo(() => searchNames(names, query, MATCHES_SHOWN), [names, query]);

  const chooseSize = (value: SizeBy) => {
    setSizeBy(value);
    resizeNodes(graph, map, value);
  };
  const find = (event: FormEvent) => {
    event.preventDefault();
    const first = matches[0];
    if (first === undefined) {
      if (query.trim() !== '') setNotFound(`Nobody named "${query.trim()}" is on the map.`);
      return;
    }
    setSelected(first);
    setNotFound('');
  };

  const person = selected === null ? undefined : personAt(map, selected);
  const neighbours = useMemo(() => {
    if (selected === null) return [];
    return neighboursOf(map, ties, selected)
      .map((i) => personAt(map, i))
      .filter((p) => p !== undefined)
      .sort((a, b) => b.ties - a.ties || a.label.localeCompare(b.label));
  }, [selected, ties, map]);
  const indexOfId = useMemo(() => new Map(map.nodes.id.map((id, i) => [id, i])), [map]);
  const shown = map.nodes.id.length;
  const cluster = person && person.cluster > 0 ? map.clusters[person.cluster - 1] : undefined;

  return (
    <>
      <p className="lead">
        {figure(shown)} of {figure(map.people)} people and {figure(tieCount)} ties among them,
        coloured by cluster (the clusters of <code>weakties clusters</code>), sized by {sizeBy}; you
        are left out, as you know everybody.{describeBounds(map)}
      </p>
      <div className="map-controls">
        <form className="map-search" onSubmit={find} role="search">
          <label htmlFor="map-search">Find a person</label>
          <input
            id="map-search"
            type="search"
            value={query}
            maxLength={200}
            autoComplete="off"
            onChange={(e) => {
              setQuery(e.target.value);
              setNotFound('');
            }}
          />
          <button type="submit">Find</button>
          {selected !== null ? (
            <button type="button" onClick={() => setSelected(null)}>
              Clear
            </button>
          ) : null}
        </form>
        <fieldset className="map-size">
          <legend>Size by</legend>
          {SIZE_CHOICES.map((choice) => (
            <label key={choice.value} title={choice.hint}>
              <input
                type="radio"
                name="map-size"
                value={choice.value}
                checked={sizeBy === choice.value}
                onChange={() => chooseSize(choice.value)}
              />
              {choice.label}
            </label>
          ))}
        </fieldset>
        <label className="map-ties">
          <input
            type="checkbox"
            checked={showAllTies}
            onChange={(e) => setShowAllTies(e.target.checked)}
          />
          Show all {figure(tieCount)} ties
        </label>
        <label className="map-bound">
          People shown{' '}
          <select value={bound} onChange={(e) => onBound(Number(e.target.value))}>
            {PEOPLE_CHOICES.map((n, i) => (
              <option key={n} value={n}>
                {i === 0 ? 'all' : `the ${figure(n)} best connected`}
              </option>
            ))}
          </select>
        </label>
        <div className="map-zoom" role="group" aria-label="Zoom">
          <button type="button" onClick={() => controls.current?.zoomIn()}>
            Zoom in
          </button>
          <button type="button" onClick={() => controls.current?.zoomOut()}>
            Zoom out
          </button>
          <button type="button" onClick={() => controls.current?.resetView()}>
            Whole map
          </button>
        </div>
      </div>
      {/* Namesakes stay listed after one is chosen, each with their cluster to tell them apart. */}
      {query.trim() !== '' &&
      matches.length > 0 &&
      !(matches.length === 1 && matches[0] === selected) ? (
        <ul className="map-matches" aria-label="People found">
          {matches.map((i) => (
            <li key={i}>
              <button
                type="button"
                className="linkish"
                aria-pressed={i === selected}
                onClick={() => setSelected(i)}
              >
                {map.nodes.label[i]}
              </button>{' '}
              <span className="muted">
                ({map.clusters[(map.nodes.cluster[i] ?? 0) - 1]?.label ?? 'no cluster'})
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {notFound ? (
        <p role="alert" className="error">
          {notFound}
        </p>
      ) : null}
      {!showAllTies ? (
        <p className="muted">
          Ties are drawn only for the person you pick, so {figure(shown)} people stay smooth to
          move; tick “Show all {figure(tieCount)} ties” to draw every one.
        </p>
      ) : null}
      {isUniform(map, sizeBy) ? (
        <p className="muted">
          Everybody has the same {sizeBy}
          {sizeBy === 'relevance'
            ? ' until you set target companies, industries or roles in Goals'
            : ''}
          , so all are drawn at one size.
        </p>
      ) : null}
      <div className="map-layout">
        <NetworkCanvas
          map={map}
          graph={graph}
          ties={ties}
          showAllTies={showAllTies}
          selected={selected}
          onSelect={setSelected}
          controls={controls}
        />
        <aside className="map-side">
          {person ? (
            <section aria-live="polite" className="map-person">
              <h2>
                <Link to={`/people/${person.id}`}>{person.label}</Link>
              </h2>
              <p className="muted">
                {cluster ? cluster.label : 'no cluster'} · novelty {person.novelty.toFixed(2)} ·
                relevance {person.relevance.toFixed(2)}
              </p>
              <p>
                {figure(neighbours.length)} shared connection{neighbours.length === 1 ? '' : 's'} on
                the map
                {person.ties > neighbours.length ? ` (${figure(person.ties)} in all)` : ''}
              </p>
              <ul className="plain">
                {neighbours.slice(0, NEIGHBOURS_SHOWN).map((n) => (
                  <li key={n.id}>
                    <button
                      type="button"
                      className="linkish"
                      onClick={() => setSelected(indexOfId.get(n.id) ?? null)}
                    >
                      {n.label}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ) : (
            <p className="muted">Click a person, or find one, to see who you both know.</p>
          )}
          <h2>Clusters</h2>
          <ul className="legend">
            {map.clusters.slice(0, LEGEND_SIZE).map((c) => (
              <li key={c.rank} className="cluster-label">
                <span className="swatch" style={{ background: colourOfCluster(c.rank) }} />
                <button
                  type="button"
                  className="linkish"
                  onClick={() => controls.current?.showCluster(c.rank)}
                  disabled={c.shown === 0}
                >
                  {c.label}
                </button>{' '}
                <span className="muted">({figure(c.size)})</span>
              </li>
            ))}
            {map.clusters.length > LEGEND_SIZE ? (
              <li className="muted">
                {figure(map.clusters.length - LEGEND_SIZE)} smaller clusters in other colours; grey:
                in no cluster
              </li>
            ) : null}
          </ul>
        </aside>
      </div>
    </>
  );
}

export function NetworkPage() {
  const [bound, setBound] = useState(readPeopleBound);
  const map = useApi(
    () => api.networkMap(bound === PEOPLE_CHOICES[0] ? undefined : bound),
    `network-map-${bound}`,
  );
  const chooseBound = (value: number) => {
    setBound(value);
    const query = value === PEOPLE_CHOICES[0] ? '' : `?people=${value}`;
    window.history.replaceState(null, '', `${window.location.pathname}${query}`);
  };
  return (
    <section>
      <h1>Network map</h1>
      <StatusView loaded={map}>
        {(data) => <ShownMap key={data.maxNodes} map={data} bound={bound} onBound={chooseBound} />}
      </StatusView>
    </section>
  );
}
