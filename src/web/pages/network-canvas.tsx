/**
 * The map's canvas: sigma (WebGL) over the graphology graph, with cluster names laid over it.
 * Built for 30,000 people and 200,000 ties (issue 8, "smooth at 30,000 nodes"): edges are hidden
 * while the camera moves (hideEdgesOnMove), names are drawn only for large enough nodes, and
 * nothing here runs React on a frame: cluster names move by direct DOM writes after each render,
 * and React state changes only on a click, a key or a search.
 */
import { useEffect, useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram, type NodeHoverDrawingFunction } from 'sigma/rendering';
import type { NetworkMap } from '../../server/api-client.js';
import {
  neighboursOf,
  showTies,
  type MapGraph,
  type NodeAttributes,
  type TieIndex,
} from './network-graph.js';

export interface CanvasControls {
  zoomIn(): void;
  zoomOut(): void;
  resetView(): void;
  /** Centres the camera on a cluster's disc. */
  showCluster(rank: number): void;
}

// The highlight's colour for the chosen person's ties (design choice: the theme's focus amber);
// everybody else takes the theme's line colour (opaque: sigma's point program drops translucent
// colours).
const HIGHLIGHT_EDGE = '#f59e0b';
const FADED_FALLBACK = '#d0d7de';
// Names written around a chosen person: their best-connected shared connections (design choice:
// more would cover each other).
const NAMED_NEIGHBOURS = 12;
// Camera ratio when zoomed to a person: about a cluster's width across the canvas (design choice).
const PERSON_RATIO = 0.08;
// A cluster is named on the map once its disc is this many pixels across, unless its name would
// cover a larger cluster's (design choice).
const MIN_LABELLED_DIAMETER = 20;
const MAX_CLUSTER_LABELS = 24;
// Name boxes for the overlap test: the overlay's font is about this wide a character and tall.
const CHARACTER_WIDTH = 7.5;
const NAME_HEIGHT = 20;
const ANIMATION_MS = 400;

/**
 * The name tag of the hovered or chosen person, in the theme's colours (sigma's own tag is always
 * white, which hides light text in the dark theme): a rounded box behind the dot and the name.
 */
function createNameTag(
  background: string,
  border: string,
): NodeHoverDrawingFunction<NodeAttributes> {
  return (context, data, settings) => {
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const label = data.label ?? '';
    const height = size + 6;
    const left = data.x - data.size - 3;
    context.fillStyle = background;
    context.strokeStyle = border;
    context.lineWidth = 1;
    context.beginPath();
    context.roundRect(
      left,
      data.y - height / 2,
      context.measureText(label).width + 2 * data.size + 12,
      height,
      4,
    );
    context.fill();
    context.stroke();
    context.fillStyle = data.color;
    context.beginPath();
    context.arc(data.x, data.y, data.size, 0, 2 * Math.PI);
    context.fill();
    context.fillStyle = settings.labelColor.color ?? border;
    context.fillText(label, data.x + data.size + 3, data.y + size / 3);
  };
}

/** Graph coordinates to the camera's frame, where camera states live. */
function frameOf(renderer: Sigma<NodeAttributes>, point: { x: number; y: number }) {
  return renderer.viewportToFramedGraph(renderer.graphToViewport(point));
}

export function NetworkCanvas(props: {
  map: NetworkMap;
  graph: MapGraph;
  ties: TieIndex;
  /** Draw every tie; otherwise only the selected person's. */
  showAllTies: boolean;
  selected: number | null;
  onSelect: (index: number | null) => void;
  controls: Ref<CanvasControls>;
}) {
  const { map, graph, ties, showAllTies, selected, onSelect, controls } = props;
  const container = useRef<HTMLDivElement>(null);
  const overlay = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma<NodeAttributes> | null>(null);
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;

  useEffect(() => {
    const element = container.current;
    const names = overlay.current;
    if (!element || !names) return;
    const style = getComputedStyle(document.documentElement);
    const foreground = style.getPropertyValue('--fg').trim() || '#1b1f24';
    const line = style.getPropertyValue('--line').trim() || FADED_FALLBACK;
    const renderer = new Sigma<NodeAttributes>(graph, element, {
      labelColor: { color: foreground },
      defaultDrawNodeHover: createNameTag(style.getPropertyValue('--bg').trim() || '#fff', line),
      // Ties in the theme's line colour (opaque: sigma's programs blend translucent colours away).
      defaultEdgeColor: line,
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
      // Points and one-pixel lines: one vertex per person and two per tie, drawn without
      // instancing, which software WebGL (SwiftShader, on machines without a GPU) runs several
      // times slower than plain draws; sigma's default discs and rectangles use instancing.
      defaultNodeType: 'point',
      nodeProgramClasses: { point: NodePointProgram },
      defaultEdgeType: 'thin',
      edgeProgramClasses: { thin: EdgeLineProgram },
      // People's names once zoomed in (a node drawn 6 pixels wide or more), one per 100-pixel
      // cell; with the whole map in view the clusters' names say more.
      labelRenderedSizeThreshold: 6,
      labelDensity: 0.5,
      enableCameraRotation: false,
      minCameraRatio: 0.005,
      maxCameraRatio: 2,
    });
    // Sigma finds the node under the mouse by reading its picking buffer back from the GPU, which
    // waits for the frame being drawn: on every mouse move, wheel turn, button press and release.
    // While a drag or a camera animation moves the map nothing can be hovered, so those reads are
    // skipped; and the page uses no wheel, press or release events on nodes, so sigma's handlers
    // for those go (sigma 3.0 has no setting for either: its handlers are the captor's listeners).
    const captor = renderer.getMouseCaptor();
    captor.removeAllListeners('wheel');
    captor.removeAllListeners('mousedown');
    captor.removeAllListeners('mouseup');
    const pickers = captor.listeners('mousemove');
    captor.removeAllListeners('mousemove');
    captor.on('mousemove', (coordinates) => {
      if (captor.isMouseDown || renderer.getCamera().isAnimated()) return;
      for (const pick of pickers) pick(coordinates);
    });
    renderer.on('clickNode', ({ node }) => selectRef.current(Number(node)));
    renderer.on('clickStage', () => selectRef.current(null));
    renderer.on('enterNode', () => (element.style.cursor = 'pointer'));
    renderer.on('leaveNode', () => (element.style.cursor = ''));

    // Cluster names: a fixed pool of elements, moved after every render without React.
    const pool = Array.from({ length: MAX_CLUSTER_LABELS }, () => {
      const span = document.createElement('span');
      span.className = 'map-cluster-name';
      span.hidden = true;
      names.append(span);
      return span;
    });
    const placeNames = () => {
      const { width, height } = renderer.getDimensions();
      const boxes: { x: number; y: number; w: number }[] = [];
      let used = 0;
      for (const cluster of map.clusters) {
        if (used === pool.length) break;
        if (cluster.shown === 0) continue;
        const centre = renderer.graphToViewport({ x: cluster.x, y: cluster.y });
        const rim = renderer.graphToViewport({ x: cluster.x + cluster.radius, y: cluster.y });
        const radius = Math.hypot(rim.x - centre.x, rim.y - centre.y);
        if (2 * radius < MIN_LABELLED_DIAMETER) continue;
        if (centre.x < 0 || centre.y < 0 || centre.x > width || centre.y > height) continue;
        const w = Math.min(220, cluster.label.length * CHARACTER_WIDTH);
        const isCovering = boxes.some(
          (b) => Math.abs(b.x - centre.x) * 2 < b.w + w && Math.abs(b.y - centre.y) < NAME_HEIGHT,
        );
        if (isCovering) continue;
        boxes.push({ x: centre.x, y: centre.y, w });
        const span = pool[used]!;
        used += 1;
        if (span.textContent !== cluster.label) span.textContent = cluster.label;
        span.style.transform = `translate(${centre.x.toFixed(0)}px, ${centre.y.toFixed(0)}px) translate(-50%, -50%)`;
        span.hidden = false;
      }
      for (let i = used; i < pool.length; i += 1) pool[i]!.hidden = true;
    };
    renderer.on('afterRender', placeNames);
    placeNames();
    sigma.current = renderer;
    // Sigma drew its first frame in its constructor: tests and `npm run bench:map` wait for this.
    element.dataset.rendered = 'true';
    return () => {
      renderer.kill();
      for (const span of pool) span.remove();
      delete element.dataset.rendered;
      sigma.current = null;
    };
  }, [graph, map]);

  useImperativeHandle(
    controls,
    () => ({
      zoomIn: () => void sigma.current?.getCamera().animatedZoom({ duration: ANIMATION_MS }),
      zoomOut: () => void sigma.current?.getCamera().animatedUnzoom({ duration: ANIMATION_MS }),
      resetView: () => void sigma.current?.getCamera().animatedReset({ duration: ANIMATION_MS }),
      showCluster: (rank) => {
        const renderer = sigma.current;
        const cluster = map.clusters[rank - 1];
        if (!renderer || !cluster || cluster.shown === 0) return;
        const at = frameOf(renderer, cluster);
        const rim = frameOf(renderer, { x: cluster.x + cluster.radius, y: cluster.y });
        // The disc's diameter fills about two thirds of the shorter side.
        const ratio = Math.max(0.005, 3 * Math.hypot(rim.x - at.x, rim.y - at.y));
        void renderer.getCamera().animate({ x: at.x, y: at.y, ratio }, { duration: ANIMATION_MS });
      },
    }),
    [map],
  );

  // The ties drawn and the highlight: every tie, or only the selected person's; with a person
  // selected everybody else fades and only their ties stay (Rajkumar et al. 2022 count mutual
  // connections: these are the people the user and they both know).
  useEffect(() => {
    const renderer = sigma.current;
    if (!renderer) return;
    if (showAllTies) {
      if (graph.size !== map.edges.length / 2) {
        graph.clearEdges();
        showTies(graph, map, { all: true });
      }
    } else {
      graph.clearEdges();
      if (selected !== null) {
        showTies(graph, map, { of: selected, index: ties, colour: HIGHLIGHT_EDGE });
      }
    }
    if (selected === null || !graph.hasNode(String(selected))) {
      renderer.setSetting('nodeReducer', null);
      renderer.setSetting('edgeReducer', null);
      return;
    }
    const key = String(selected);
    const around = neighboursOf(map, ties, selected);
    const neighbours = new Set(around.map(String));
    const named = new Set(
      around
        .sort((a, b) => (map.nodes.ties[b] ?? 0) - (map.nodes.ties[a] ?? 0) || a - b)
        .slice(0, NAMED_NEIGHBOURS)
        .map(String),
    );
    const faded =
      getComputedStyle(document.documentElement).getPropertyValue('--line').trim() ||
      FADED_FALLBACK;
    renderer.setSetting('nodeReducer', (node, data) => {
      if (node === key) return { ...data, highlighted: true, forceLabel: true };
      if (neighbours.has(node)) return { ...data, forceLabel: named.has(node) };
      return { ...data, color: faded, label: '' };
    });
    renderer.setSetting(
      'edgeReducer',
      showAllTies
        ? (edge, data) =>
            graph.hasExtremity(edge, key)
              ? { ...data, color: HIGHLIGHT_EDGE, size: 1.5 }
              : { ...data, hidden: true }
        : null,
    );
  }, [selected, showAllTies, graph, map, ties]);

  // Zoom to a newly selected person.
  useEffect(() => {
    const renderer = sigma.current;
    if (!renderer || selected === null || !graph.hasNode(String(selected))) return;
    const at = frameOf(renderer, graph.getNodeAttributes(String(selected)));
    void renderer
      .getCamera()
      .animate({ x: at.x, y: at.y, ratio: PERSON_RATIO }, { duration: ANIMATION_MS });
  }, [selected, graph]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const renderer = sigma.current;
    if (!renderer) return;
    const camera = renderer.getCamera();
    const state = camera.getState();
    // A tenth of the view per arrow press (design choice).
    const step = 0.1 * state.ratio;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => camera.setState({ x: state.x - step }),
      ArrowRight: () => camera.setState({ x: state.x + step }),
      ArrowUp: () => camera.setState({ y: state.y + step }),
      ArrowDown: () => camera.setState({ y: state.y - step }),
      '+': () => void camera.animatedZoom({ duration: ANIMATION_MS }),
      '=': () => void camera.animatedZoom({ duration: ANIMATION_MS }),
      '-': () => void camera.animatedUnzoom({ duration: ANIMATION_MS }),
      '0': () => void camera.animatedReset({ duration: ANIMATION_MS }),
      Escape: () => selectRef.current(null),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  };

  return (
    <div className="map-frame">
      <div
        ref={container}
        className="network-map"
        role="application"
        tabIndex={0}
        aria-label={`Network map of ${map.nodes.id.length.toLocaleString('en')} people: arrow keys pan, + and - zoom, 0 resets, Escape clears the selection`}
        onKeyDown={onKeyDown}
      />
      <div ref={overlay} className="map-cluster-names" aria-hidden="true" />
    </div>
  );
}
