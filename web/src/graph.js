// The cluster graph: a finding's targets and up to MAX_MEMBERS of its members, laid out by ForceAtlas2, drawn by sigma.
import Graph from 'graphology';
import random from 'graphology-layout/random';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { el } from './dom.js';
import { truncate, visibleText } from './format.js';

export const MAX_MEMBERS = 200;

const TARGET_COLOR = '#d9480f';
const MEMBER_COLOR = '#3b5bdb';
const EDGE_COLOR = '#c3cad5';

let renderer = null;

// A seeded generator (mulberry32 over an FNV-1a hash of the finding id): the same finding always gets the same
// picture, so screenshots and a colleague's view match.
function seededRandom(seedText) {
  let seed = 0x811c9dc5;
  for (const char of String(seedText)) seed = Math.imul(seed ^ char.codePointAt(0), 0x01000193) >>> 0;
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const label = (account) => truncate(visibleText(account.handle ?? account.id ?? '?'), 32);

/** Builds the graphology graph for one finding: targets, the first MAX_MEMBERS members, member -> target edges. */
export function buildClusterGraph(finding) {
  const graph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  const targets = (Array.isArray(finding.targets) ? finding.targets : []).map((target) => {
    const key = `target:${target.id}`;
    graph.mergeNode(key, { label: '@' + label(target), size: 14, color: TARGET_COLOR, forceLabel: true, zIndex: 2 });
    return key;
  });
  const members = (Array.isArray(finding.members) ? finding.members : []).slice(0, MAX_MEMBERS);
  for (const member of members) {
    const key = `member:${member.id}`;
    graph.mergeNode(key, { label: label(member), size: 4, color: MEMBER_COLOR, zIndex: 1 });
    for (const target of targets) graph.mergeEdge(key, target, { size: 0.6, color: EDGE_COLOR });
  }
  random.assign(graph, { rng: seededRandom(finding.id), scale: 100 });
  forceAtlas2.assign(graph, {
    iterations: 300,
    settings: { ...forceAtlas2.inferSettings(graph), gravity: 1.5, scalingRatio: 8, barnesHutOptimize: false },
  });
  return { graph, shown: members.length };
}

function webglAvailable() {
  const canvas = document.createElement('canvas');
  return Boolean(canvas.getContext('webgl2') || canvas.getContext('webgl'));
}

function showFallback(container, reason) {
  container.append(el('div', { className: 'graph-fallback', attrs: { role: 'note' } },
    el('strong', { text: 'The graph cannot be drawn here. ' }),
    `${reason} The members table beside it lists the accounts shown.`));
}

/** Draws a finding into the container, replacing what was there. Returns {shown, drawn}. */
export function showClusterGraph(container, finding) {
  clearClusterGraph(container);
  const { graph, shown } = buildClusterGraph(finding);
  if (!webglAvailable()) {
    showFallback(container, 'This browser gave no WebGL context (hardware acceleration off, or a headless browser without a software renderer).');
    return { shown, drawn: false };
  }
  try {
    renderer = new Sigma(graph, container, {
      defaultEdgeType: 'arrow',
      labelFont: 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
      labelSize: 12,
      labelWeight: '600',
      labelColor: { color: '#1f2933' },
      labelRenderedSizeThreshold: 6,
      labelDensity: 0.5,
      zIndex: true,
      minCameraRatio: 0.05,
      maxCameraRatio: 4,
      stagePadding: 60,
    });
  } catch (error) {
    clearClusterGraph(container);
    showFallback(container, `Sigma could not start: ${error.message}.`);
    return { shown, drawn: false };
  }
  return { shown, drawn: true };
}

/** Zooms and pans back to the whole cluster. */
export function resetGraphView() {
  renderer?.getCamera().animatedReset({ duration: 300 });
}

/** Stops the current renderer and empties the container. */
export function clearClusterGraph(container) {
  renderer?.kill();
  renderer = null;
  container.replaceChildren();
}
