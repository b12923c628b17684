// Entry point: loads the store's counts and the detectors, runs the first detector with its defaults, and wires the
// panels together. document.body.dataset.state is "loading" while a request is out, then "ready" or "error".
import './style.css';
import {
  ApiError, detectAll, fetchCampaign, fetchCampaigns, fetchDetectors, fetchStats, runDetector,
} from './api.js';
import { renderCampaign, renderCampaigns } from './campaigns.js';
import { markSelectedCluster, renderClusters } from './clusters.js';
import { renderCounts } from './counts.js';
import {
  markInvalid, readParams, renderDetector, renderDetectorChoice, renderRunInfo,
} from './detector.js';
import { formatCount, sortFindings } from './format.js';
import { clearClusterGraph, resetGraphView, showClusterGraph } from './graph.js';
import { clearMembers, renderMembers } from './members.js';

const view = { detectors: [], detector: null, findings: [], pending: 0, failed: false };

const byId = (id) => document.getElementById(id);

function setState(state) {
  document.body.dataset.state = state;
}

function showError(error) {
  const apiError = error instanceof ApiError ? error : new ApiError(0, 'client.error', String(error?.message ?? error));
  byId('error-message').textContent = apiError.message;
  const detail = [apiError.status ? `HTTP ${apiError.status}` : null, apiError.code,
    apiError.field ? `field ${apiError.field}` : null].filter(Boolean).join(' · ');
  byId('error-detail').textContent = detail;
  byId('error-banner').hidden = false;
  markInvalid(apiError.field);
}

function clearError() {
  byId('error-banner').hidden = true;
  byId('error-message').textContent = '';
  byId('error-detail').textContent = '';
  markInvalid(null);
}

// Runs one unit of work with the loading/ready/error state around it; overlapping work keeps "loading" until the
// last piece ends, and any failure among them leaves "error".
async function track(work) {
  if (view.pending === 0) view.failed = false;
  view.pending += 1;
  setState('loading');
  try {
    await work();
  } catch (error) {
    view.failed = true;
    showError(error);
  } finally {
    view.pending -= 1;
    if (view.pending === 0) setState(view.failed ? 'error' : 'ready');
  }
}

function selectFinding(findingId) {
  const finding = view.findings.find((candidate) => String(candidate.id) === findingId);
  if (!finding) return;
  markSelectedCluster(findingId);
  const { shown } = showClusterGraph(byId('cluster-graph'), finding);
  const total = Number.isFinite(finding.membersTotal) ? finding.membersTotal : shown;
  byId('graph-caption').textContent = `showing ${formatCount(shown)} of ${formatCount(total)} accounts`;
  const targets = Array.isArray(finding.targets) ? finding.targets.length : 0;
  byId('graph-subject').textContent = `cluster ${findingId} · ${formatCount(targets)} target${targets === 1 ? '' : 's'}`;
  renderMembers(finding, shown);
}

function clearGraph(caption) {
  clearClusterGraph(byId('cluster-graph'));
  clearMembers();
  byId('graph-caption').textContent = caption;
  byId('graph-subject').textContent = '';
}

async function run(params) {
  const detector = view.detector;
  if (!detector) return;
  const button = byId('run-detector');
  button.disabled = true;
  try {
    const result = await runDetector(detector.id, params);
    renderRunInfo(result);
    view.findings = sortFindings(Array.isArray(result.findings) ? result.findings : []);
    renderClusters(view.findings, selectFinding);
    if (view.findings.length > 0) selectFinding(String(view.findings[0].id));
    else clearGraph('no cluster to show');
  } finally {
    button.disabled = false;
  }
}

function chooseDetector(id) {
  view.detector = view.detectors.find((detector) => String(detector.id) === id) ?? null;
  if (view.detector) renderDetector(view.detector);
}

function onSubmit(event) {
  event.preventDefault();
  clearError();
  const read = readParams(view.detector);
  if (read.error) {
    showError(new ApiError(0, 'form.invalid', read.error, read.field));
    setState('error');
    return;
  }
  track(() => run(read.params));
}

function selectCampaign(id) {
  track(async () => renderCampaign(await fetchCampaign(id)));
}

async function loadCampaigns() {
  const page = await fetchCampaigns();
  renderCampaigns(page, selectCampaign);
  const first = Array.isArray(page.campaigns) && page.campaigns.length > 0 ? page.campaigns[0] : null;
  if (first) renderCampaign(await fetchCampaign(String(first.id)));
}

async function runAll() {
  const button = byId('detect-all');
  button.disabled = true;
  try {
    await detectAll();
    await loadCampaigns();
  } finally {
    button.disabled = false;
  }
}

function wire() {
  byId('detect-all').addEventListener('click', () => {
    clearError();
    track(runAll);
  });
  byId('detector-form').addEventListener('submit', onSubmit);
  byId('detector-select').addEventListener('change', (event) => chooseDetector(event.target.value));
  byId('error-dismiss').addEventListener('click', clearError);
  byId('graph-reset').addEventListener('click', resetGraphView);
}

async function start() {
  wire();
  clearGraph('no cluster selected');
  await Promise.all([
    track(async () => renderCounts(await fetchStats())),
    track(loadCampaigns),
    track(async () => {
      const detectors = await fetchDetectors();
      view.detectors = Array.isArray(detectors) ? detectors : [];
      if (view.detectors.length === 0) {
        throw new ApiError(0, 'detectors.none', 'The server lists no detectors, so there is nothing to run.');
      }
      renderDetectorChoice(view.detectors, view.detectors[0].id);
      chooseDetector(String(view.detectors[0].id));
      await run({});
    }),
  ]);
}

start();
