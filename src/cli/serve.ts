// A small static server for the viewer: viewer/dist plus the built graph (graph.json,
// graph.ttl), on 127.0.0.1, with a Content-Security-Policy that allows what the page
// needs and nothing else.
import { createReadStream } from "node:fs";
import { stat, readdir } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { projectRoot, viewerDistDir } from "../paths.ts";

export const CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "connect-src 'self'",
  "worker-src 'self' blob:", "font-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join("; ");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8", ".ttl": "text/turtle; charset=utf-8", ".gexf": "application/gexf+xml",
  ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".map": "application/json",
};

const GRAPH_FILES = new Set(["/graph.json", "/graph.ttl", "/graph.gexf"]);

/** A path inside `root`, or undefined when the request tries to leave it. */
export function safeJoin(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0]!);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const full = resolve(root, "." + normalize("/" + decoded));
  return full === root || full.startsWith(root + sep) ? full : undefined;
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff" });
  res.end(body);
}

async function serveFile(res: ServerResponse, path: string | undefined): Promise<void> {
  const info = path ? await stat(path).catch(() => undefined) : undefined;
  if (!path || !info?.isFile()) return send(res, 404, "not found");
  res.writeHead(200, {
    "Content-Type": TYPES[extname(path)] ?? "application/octet-stream",
    "Content-Length": info.size,
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
  });
  createReadStream(path).pipe(res);
}

export async function serveViewer(opts: { graphDir: string; port?: number; host?: string; distDir?: string }): Promise<{ url: string; close(): Promise<void> }> {
  const dist = resolve(opts.distDir ?? viewerDistDir);
  const graphDir = resolve(opts.graphDir);
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "method not allowed");
    const path = (req.url ?? "/").split("?")[0]!;
    if (GRAPH_FILES.has(path)) return void serveFile(res, join(graphDir, path.slice(1)));
    return void serveFile(res, safeJoin(dist, path === "/" ? "/index.html" : path));
  };
  const host = opts.host ?? "127.0.0.1";
  const server = createServer(handler);
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
  return {
    url: `http://${host}:${port}/`,
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
  if (built && (!sources || built.mtimeMs >= Math.max(await newest(join(viewerDir, "src")), sources.mtimeMs))) return;
  const { build } = await import("vite");
  await build({ configFile: join(viewerDir, "vite.config.ts"), logLevel: "warn" });
}
