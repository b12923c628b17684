// Throwaway stand-in for the Lockstep server, for looking at the page before the real one exists.
// Serves target/classes/web (run `npm run build` first) with the server's CSP header and answers the four API calls
// from dev/fixtures.mjs. Not part of the jar. Usage: node dev/mock-server.mjs [port]   (binds 127.0.0.1 only)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectors, findings, stats } from './fixtures.mjs';
import { CONTENT_SECURITY_POLICY } from '../vite.config.js';

const ROOT = resolve(fileURLToPath(new URL('../target/classes/web', import.meta.url)));
const PORT = Number(process.argv[2] ?? process.env.PORT ?? 5178);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

function send(response, status, body, type = 'application/json') {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  response.end(type === 'application/json' ? JSON.stringify(body) : body);
}

const problem = (status, code, message, field = null) => ({ status, code, message, field });

async function readJson(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return JSON.parse(text || '{}');
}

function run(id, params) {
  const detector = detectors.find((candidate) => candidate.id === id);
  if (!detector) return [404, problem(404, 'detector.unknown', `No detector "${id}"; GET /api/detectors lists them.`)];
  const used = Object.fromEntries(detector.params.map((p) => [p.name,
    p.type === 'int' || p.type === 'double' ? Number(p.defaultValue) : p.type === 'boolean' ? p.defaultValue === 'true' : p.defaultValue]));
  for (const [name, value] of Object.entries(params ?? {})) {
    if (!(name in used)) return [400, problem(400, 'request.invalid', `Unknown parameter "${name}"; this detector takes ${Object.keys(used).join(', ')}.`, name)];
    used[name] = value;
  }
  if (id === 'shared-followers') {
    if (!Number.isInteger(used.minSize) || used.minSize < 2) {
      return [400, problem(400, 'request.invalid', `minSize must be a whole number of at least 2; got ${JSON.stringify(used.minSize)}.`, 'minSize')];
    }
    const list = findings().filter((f) => f.size >= used.minSize && f.targets.length >= used.minTargets);
    return [200, { detector: id, params: used, durationMs: 123, findings: list }];
  }
  return [200, { detector: id, params: used, durationMs: 48, findings: [] }];
}

createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  try {
    if (url.pathname === '/api/stats' && request.method === 'GET') return send(response, 200, stats);
    if (url.pathname === '/api/detectors' && request.method === 'GET') return send(response, 200, detectors);
    const runMatch = /^\/api\/detectors\/([^/]+)\/run$/.exec(url.pathname);
    if (runMatch && request.method === 'POST') {
      const [status, body] = run(decodeURIComponent(runMatch[1]), (await readJson(request)).params);
      return send(response, status, body);
    }
    if (url.pathname.startsWith('/api/')) return send(response, 404, problem(404, 'route.unknown', `No route ${request.method} ${url.pathname}.`));
    const path = normalize(join(ROOT, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!path.startsWith(ROOT)) return send(response, 404, 'not found', 'text/plain');
    const body = await readFile(path);
    return send(response, 200, body, TYPES[extname(path)] ?? 'application/octet-stream');
  } catch (error) {
    if (error.code === 'ENOENT') return send(response, 404, 'not found', 'text/plain');
    return send(response, 500, problem(500, 'mock.failed', String(error.message)));
  }
}).listen(PORT, '127.0.0.1', () => console.log(`mock Lockstep on http://127.0.0.1:${PORT}/ serving ${ROOT}`));
