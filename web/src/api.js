// The Lockstep HTTP API: one function per endpoint; every failure becomes an ApiError carrying the server's message.

/** A failed request: the server's {status, code, message, field}, or one made here for network and format faults. */
export class ApiError extends Error {
  constructor(status, code, message, field = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

async function request(method, path, body) {
  const init = { method, headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    throw new ApiError(0, 'network.unreachable',
      `Could not reach the Lockstep server for ${method} ${path} (${cause.message}). Check that it is running, then reload.`);
  }
  const text = await response.text();
  let json = null;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    json = null;
  }
  if (!response.ok) {
    if (json !== null && typeof json === 'object' && typeof json.message === 'string') {
      throw new ApiError(Number(json.status) || response.status, String(json.code ?? `http.${response.status}`),
        json.message, typeof json.field === 'string' ? json.field : null);
    }
    throw new ApiError(response.status, `http.${response.status}`,
      `${method} ${path} failed with HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}.`);
  }
  if (json === null) {
    throw new ApiError(response.status, 'response.invalid', `${method} ${path} answered without a JSON body.`);
  }
  return json;
}

/** GET /api/stats: store description, node and relationship counts, imported datasets. */
export const fetchStats = () => request('GET', '/api/stats');

/** GET /api/detectors: the detectors and their parameters. */
export const fetchDetectors = () => request('GET', '/api/detectors');

/** POST /api/detectors/{id}/run with {params}; an empty object runs with the server's defaults. */
export const runDetector = (id, params) =>
  request('POST', `/api/detectors/${encodeURIComponent(id)}/run`, { params });

/** GET /api/campaigns: one page of the stored campaigns, largest first. */
export const fetchCampaigns = (limit = 50) => request('GET', `/api/campaigns?limit=${encodeURIComponent(limit)}`);

/** GET /api/campaigns/{id}: a campaign and one page of its accounts with their explanations. */
export const fetchCampaign = (id, limit = 100) =>
  request('GET', `/api/campaigns/${encodeURIComponent(id)}?limit=${encodeURIComponent(limit)}`);

/** POST /api/detect-all: every detector, then campaigns built and stored. */
export const detectAll = () => request('POST', '/api/detect-all', {});
