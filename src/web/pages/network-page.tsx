import { UndirectedGraph } from 'graphology';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import Sigma from 'sigma';
import type { NetworkMap } from '../../server/api-client.js';
import { Link } from '../router.js';
import { api, useApi } from '../use-api.js';
import { StatusView } from './status-view.js';

// Twelve hues distinguishable in light and dark themes (design choice); clusters past the
// twelfth and the unclustered are grey.
const PALETTE = [
  '#1f77b4',
  '#e6550d',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#3182bd',
  '#f0a30a',
  '#31a354',
];
const GREY = '#9aa0a6';
const FADED = '#cfd4da44';

function colourOf(community: number | null): string {
  if (community === null) return GREY;
  return PALETTE[community - 1] ?? GREY;
}

interface Attributes {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
}

function buildGraph(map: NetworkMap): UndirectedGraph<Attributes> {
  const graph = new UndirectedGraph<Attributes>();
  map.nodes.forEach((n) => {
    graph.addNode(n.id, {
      x: n.x,
      y: n.y,
      // Area grows with degree, so a hub of 100 ties is not 100 times wider (design choice).
      size: 2 + Math.sqrt(n.size) * 1.2,
      label: n.label,
      color: colourOf(n.community),
    });
  });
  for (const [u, v] of map.edges) {
    const a = map.nodes[u]?.id;
    const b = map.nodes[v]?.id;
    if (a !== undefined && b !== undefined && !graph.hasEdge(a, b)) graph.addEdge(a, b);
  }
  return graph;
}

function NetworkCanvas(props: {
  map: NetworkMap;
  selected: string | null;
  onSelect: (id: string | null) => void;
}) {
  const { map, selected, onSelect } = props;
  const container = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma<Attributes> | null>(null);
  const graph = useMemo(() => buildGraph(map), [map]);
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const fg = getComputedStyle(document.documentElement).getPropertyValue('--fg').trim();
    const renderer = new Sigma<Attributes>(graph, element, {
      labelColor: { color: fg || '#1b1f24' },
      defaultEdgeColor: '#9aa0a655',
      labelRenderedSizeThreshold: 6,
      zIndex: true,
    });
    renderer.on('clickNode', ({ node }) => selectRef.current(node));
    renderer.on('clickStage', () => selectRef.current(null));
    sigma.current = renderer;
    return () => {
      renderer.kill();
      sigma.current = null;
    };
  }, [graph]);

  useEffect(() => {
    const renderer = sigma.current;
    if (!renderer) return;
    const neighbours = new Set(
      selected && graph.hasNode(selected) ? graph.neighbors(selected) : [],
    );
    renderer.setSetting('nodeReducer', (node, data) => {
      if (selected === null) return data;
      if (node === selected) return { ...data, highlighted: true, zIndex: 2 };
      if (neighbours.has(node)) return { ...data, forceLabel: true, zIndex: 1 };
      return { ...data, color: FADED, label: '', zIndex: 0 };
    });
    renderer.setSetting('edgeReducer', (edge, data) => {
      if (selected === null) return data;
      const touches = graph.extremities(edge).includes(selected);
      return touches ? { ...data, color: '#f59e0b', size: 1.5 } : { ...data, hidden: true };
    });
    if (selected !== null && graph.hasNode(selected)) {
      // The camera works in sigma's normalised frame; the display cache may be stale right after
      // a reducer change, so convert the node's own coordinates.
      const { x, y } = graph.getNodeAttributes(selected);
      const at = renderer.viewportToFramedGraph(renderer.graphToViewport({ x, y }));
      void renderer.getCamera().animate({ x: at.x, y: at.y, ratio: 0.25 }, { duration: 400 });
    }
  }, [selected, graph]);

  return (
    <div
      ref={container}
      className="network-map"
      role="img"
      aria-label={`Network map of ${map.nodes.length.toLocaleString('en')} people`}
    />
  );
}

function ShownMap(props: { map: NetworkMap }) {
  const { map } = props;
  const [selected, setSelected] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [notFound, setNotFound] = useState('');
  const byId = useMemo(() => new Map(map.nodes.map((n, i) => [n.id, i])), [map]);
  const neighbours = useMemo(() => {
    if (selected === null) return [];
    const index = byId.get(selected);
    const found: number[] = [];
    for (const [u, v] of map.edges) {
      if (u === index) found.push(v);
      else if (v === index) found.push(u);
    }
    return found.map((i) => map.nodes[i]!).sort((a, b) => b.size - a.size);
  }, [selected, byId, map]);
  const person = selected === null ? undefined : map.nodes[byId.get(selected) ?? -1];

  const find = (event: FormEvent) => {
    event.preventDefault();
    const wanted = query.trim().toLowerCase();
    if (wanted === '') return;
    const match =
      map.nodes.find((n) => n.label.toLowerCase() === wanted) ??
      map.nodes.find((n) => n.label.toLowerCase().includes(wanted));
    if (match) {
      setSelected(match.id);
      setNotFound('');
    } else {
      setNotFound(`Nobody named "${query.trim()}" is on the map.`);
    }
  };

  const bounded = map.nodes.length < map.totalPeople;
  return (
    <>
      <p className="lead">
        {map.nodes.length.toLocaleString('en')} of {map.totalPeople.toLocaleString('en')} people and{' '}
        {map.edges.length.toLocaleString('en')} ties among them, coloured by cluster, sized by their
        ties to your other contacts; you are left out, as you know everybody.
        {bounded
          ? ` The browser shows the ${map.maxNodes.toLocaleString('en')} best-connected people only.`
          : ''}
      </p>
      <form className="map-search" onSubmit={find} role="search">
        <label htmlFor="map-search">Find a person</label>
        <input
          id="map-search"
          type="search"
          value={query}
          maxLength={200}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="submit">Find</button>
        {selected !== null ? (
          <button type="button" onClick={() => setSelected(null)}>
            Clear
          </button>
        ) : null}
      </form>
      {notFound ? (
        <p role="alert" className="error">
          {notFound}
        </p>
      ) : null}
      <div className="map-layout">
        <NetworkCanvas map={map} selected={selected} onSelect={setSelected} />
        <aside className="map-side">
          {person ? (
            <section aria-live="polite" className="map-person">
              <h2>
                <Link to={`/people/${person.id}`}>{person.label}</Link>
              </h2>
              <p className="muted">
                {neighbours.length} shared connection{neighbours.length === 1 ? '' : 's'} on the map
                {person.community !== null
                  ? ` · ${map.clusters[person.community - 1]?.label ?? ''}`
                  : ' · no cluster'}
              </p>
              <ul className="plain">
                {neighbours.slice(0, 20).map((n) => (
                  <li key={n.id}>
                    <button type="button" className="linkish" onClick={() => setSelected(n.id)}>
                      {n.label}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ) : (
            <p className="muted">Click a person to see who you both know.</p>
          )}
          <h2>Clusters</h2>
          <ul className="legend">
            {map.clusters.slice(0, PALETTE.length).map((c) => (
              <li key={c.rank} className="cluster-label">
                <span className="swatch" style={{ background: colourOf(c.rank) }} />
                {c.label} <span className="muted">({c.size.toLocaleString('en')})</span>
              </li>
            ))}
            {map.clusters.length > PALETTE.length ? (
              <li className="muted">
                {(map.clusters.length - PALETTE.length).toLocaleString('en')} smaller clusters in
                grey
              </li>
            ) : null}
          </ul>
        </aside>
      </div>
    </>
  );
}

export function NetworkPage() {
  const map = useApi(() => api.networkMap(), 'network-map');
  return (
    <section>
      <h1>Network map</h1>
      <StatusView loaded={map}>{(data) => <ShownMap map={data} />}</StatusView>
    </section>
  );
}
