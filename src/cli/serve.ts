// The viewer's server: viewer/dist plus the built graph (graph.json, graph.ttl,
// graph.gexf), on 127.0.0.1. Files are served by sirv (a maintained static server that
// resolves paths itself and never leaves its folder), behind three checks of ours: the
// `Host` header must name this server (else 421: a DNS-rebinding page cannot read the
// graph), only GET and HEAD (405 with `Allow`), and short header and idle timeouts.
// Every answer carries a Content-Security-Policy that allows what the page needs and
// nothing else, and `nosniff`.
import { stat, readdir } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { isIP } from "node:net";
import { join, resolve } from "node:path";
import sirv from "sirv";
import { UsageError } from "../errors.ts";
import { projectRoot, viewerDistDir } from "../paths.ts";

export const CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "connect-src 'self'",
  "worker-src 'self' blob:", "font-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join("; ");

const GRAPH_FILES = new Set(["/graph.json", "/graph.ttl", "/graph.gexf"]);
const TYPES: Record<string, string> = { ".json": "application/json; charset=utf-8", ".ttl": "text/turtle; charset=utf-8", ".gexf": "application/gexf+xml" };

/** Seconds a client has to send its headers, and an idle keep-alive connection stays open. */
export const HEADER_TIMEOUT_MS = 5000;
export const IDLE_TIMEOUT_MS = 5000;

const SECURITY_HEADERS = { "Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" } as const;

function send(res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

/** A port number from the command line, or a UsageError. */
export function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`--port ${JSON.stringify(value)} is not a port number (0–65535)`);
  return port;
}

/** The `Host` values this server answers to: the loopback names and the bound address, with the port. */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set(["127.0.0.1", "localhost", "[::1]"]);
  names.add(isIP(host) === 6 ? `[${host}]` : host);
  return new Set([...names].map((n) => `${n.toLowerCase()}:${port}`));
}

export async function serveViewer(opts: { graphDir: string; port?: number; host?: string; distDir?: string }): Promise<{ url: string; close(): Promise<void> }> {
  const dist = resolve(opts.distDir ?? viewerDistDir);
  const graphDir = resolve(opts.graphDir);
  const setHeaders = (res: ServerResponse, pathname: string) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    res.setHeader("Cache-Control", "no-store");
    const type = TYPES[pathname.slice(pathname.lastIndexOf("."))];
    if (type) res.setHeader("Content-Type", type);
  };
  const notFound = (_req: IncomingMessage, res: ServerResponse) => send(res, 404, "not found");
  // The graph files are rewritten by each build: read afresh (dev); the viewer's files are fixed once built.
  const graphFiles = sirv(graphDir, { dev: true, etag: false, dotfiles: false, setHeaders, onNoMatch: notFound });
  const viewerFiles = sirv(dist, { dev: false, etag: false, dotfiles: false, setHeaders, onNoMatch: notFound });
  let allowed = new Set<string>();
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (!allowed.has((req.headers.host ?? "").toLowerCase())) return send(res, 421, "misdirected request: this server answers only to its own address");
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "method not allowed", { Allow: "GET, HEAD" });
    const path = (req.url ?? "/").split("?")[0]!;
    if (GRAPH_FILES.has(path)) return graphFiles(req, res, () => notFound(req, res));
    return viewerFiles(req, res, () => notFound(req, res));
  };
  const host = opts.host ?? "127.0.0.1";
  // connectionsCheckingInterval: how often Node enforces headersTimeout (default 30 s).
  const server = createServer({ headersTimeout: HEADER_TIMEOUT_MS, requestTimeout: 4 * HEADER_TIMEOUT_MS, keepAliveTimeout: IDLE_TIMEOUT_MS, connectionsCheckingInterval: 500 }, handler);
  server.setTimeout(IDLE_TIMEOUT_MS, (socket) => socket.destroy());
  const listen = (port: number) => new Promise<number>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => { server.off("error", fail); ok((server.address() as { port: number }).port); });
  });
  let port: number;
  try {
    port = await listen(opts.port ?? 5173);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EADDRINUSE" || opts.port !== undefined) throw e;
    port = await listen(0);
  }
  allowed = allowedHosts(host, port);
  return {
    url: `http://${isIP(host) === 6 ? `[${host}]` : host}:${port}/`,
    close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}

/** Newest modification time under a folder (to tell whether viewer/dist is stale). */
async function newest(dir: string): Promise<number> {
  let max = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (!e.isFile()) continue;
    const s = await stat(join(e.parentPath, e.name)).catch(() => undefined);
    if (s && s.mtimeMs > max) max = s.mtimeMs;
  }
  return max;
}

/** Build viewer/dist with Vite when it is missing or older than the viewer's sources. */
export async function ensureViewerBuilt(): Promise<void> {
  const viewerDir = join(projectRoot, "viewer");
  const built = await stat(join(viewerDistDir, "index.html")).catch(() => undefined);
  // An installed package ships viewer/dist without the viewer's sources (nor vite): use it as is.
  const sources = await stat(join(viewerDir, "index.html")).catch(() => undefined);
  // The viewer also bundles graph.json's decoder from src/graph (shared with the query API).
  const decoder = await stat(join(projectRoot, "src", "graph", "envelope.ts")).catch(() => undefined);
  if (built && (!sources || built.mtimeMs >= Math.max(await newest(join(viewerDir, "src")), sources.mtimeMs, decoder?.mtimeMs ?? 0))) return;
  const { build } = await import("vite");
  await build({ configFile: join(viewerDir, "vite.config.ts"), logLevel: "warn" });
}
