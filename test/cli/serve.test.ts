// The viewer's server answers only to its own address, only GET and HEAD, never outside
// its folders, with CSP and nosniff on every answer, and drops slow or idle connections.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSP, HEADER_TIMEOUT_MS, IDLE_TIMEOUT_MS, serveViewer } from "../../src/cli/serve.ts";
import { projectRoot } from "../../src/paths.ts";

let server: { url: string; close(): Promise<void> };
let port: number;
const root = mkdtempSync(join(tmpdir(), "trama-serve-"));
const dist = join(root, "dist");
const graph = join(root, "out");

beforeAll(async () => {
  mkdirSync(dist);
  mkdirSync(graph);
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>viewer</title>");
  writeFileSync(join(dist, "app.js"), "console.log(1)");
  writeFileSync(join(graph, "graph.json"), '{"format":"trama-graph"}');
  writeFileSync(join(graph, "graph.ttl"), "<a> <b> <c> .");
  writeFileSync(join(graph, "secret.txt"), "not for the viewer");
  writeFileSync(join(root, "outside.txt"), "outside");
  server = await serveViewer({ graphDir: graph, distDir: dist, port: 0 });
  port = Number(new URL(server.url).port);
});
afterAll(async () => { await server.close(); });

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }
/** A raw request: fetch() would not let a test set `Host` or send an unencoded path. */
function get(path: string, opts: { host?: string; method?: string } = {}): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method: opts.method ?? "GET", headers: { Host: opts.host ?? `127.0.0.1:${port}` } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => { body += c; });
      res.on("end", () => ok({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("serveViewer", () => {
  it("serves the viewer and the graph files with CSP and nosniff", async () => {
    for (const [path, type] of [["/", "text/html"], ["/app.js", "javascript"], ["/graph.json", "application/json"], ["/graph.ttl", "text/turtle"]] as const) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      expect(r.headers["content-type"]).toContain(type);
      expect(r.headers["content-security-policy"]).toBe(CSP);
      expect(r.headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  it.each(["localhost", "LOCALHOST", "127.0.0.1"])("answers to Host %s:<port>", async (name) => {
    expect((await get("/graph.json", { host: `${name}:${port}` })).status).toBe(200);
  });

  it.each(["evil.example", `evil.example:${0}`, "127.0.0.1", "localhost:1", "127.0.0.1.nip.io:PORT"])("refuses Host %j with 421", async (host) => {
    const r = await get("/graph.json", { host: host.replace("PORT", String(port)) });
    expect(r.status).toBe(421);
    expect(r.body).not.toContain("trama-graph");
    expect(r.headers["content-security-policy"]).toBe(CSP);
  });

  it("refuses a request with no Host header (HTTP/1.0) with 421", async () => {
    const reply = await new Promise<string>((ok) => {
      let data = "";
      const socket = connect(port, "127.0.0.1", () => socket.write("GET /graph.json HTTP/1.0\r\n\r\n"));
      socket.on("data", (c) => { data += c; });
      socket.on("close", () => ok(data));
    });
    expect(reply).toMatch(/^HTTP\/1\.[01] 421 /);
    expect(reply).not.toContain("trama-graph");
  });

  it("answers 405 with Allow to other methods", async () => {
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS"]) {
      const r = await get("/graph.json", { method });
      expect(r.status).toBe(405);
      expect(r.headers.allow).toBe("GET, HEAD");
    }
  });

  it.each([
    "/../outside.txt", "/..%2foutside.txt", "/%2e%2e/outside.txt", "/%2e%2e%2foutside.txt", "/..\\\\outside.txt", "/....//outside.txt",
    "/graph.json/../../outside.txt", "/%252e%252e/outside.txt", "/secret.txt", "/%00/etc/passwd", "//etc/passwd", "/../../../../etc/passwd",
  ])("never serves a file outside its folders: %s", async (path) => {
    const r = await get(path);
    expect(r.status).not.toBe(200);
    expect(r.body).not.toMatch(/outside|not for the viewer|root:/);
  });

  it("closes a connection that sends no complete headers within the header timeout", async () => {
    const closedAfter = await new Promise<number>((ok) => {
      const t0 = Date.now();
      const socket = connect(port, "127.0.0.1", () => socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`));
      socket.on("data", () => undefined);
      socket.on("close", () => ok(Date.now() - t0));
      socket.on("error", () => undefined);
    });
    expect(closedAfter).toBeLessThan(HEADER_TIMEOUT_MS + 4000);
  }, 20000);

  it("closes an idle keep-alive connection after the idle timeout", async () => {
    const closedAfter = await new Promise<number>((ok) => {
      const socket = connect(port, "127.0.0.1", () => socket.write(`GET /graph.json HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`));
      let t0 = 0;
      socket.on("data", () => { t0 ||= Date.now(); });
      socket.on("close", () => ok(Date.now() - t0));
      socket.on("error", () => undefined);
    });
    expect(closedAfter).toBeLessThan(IDLE_TIMEOUT_MS + 4000);
  }, 20000);
});

describe("trama start", () => {
  it("refuses --port abc as a usage error, before building anything", () => {
    const r = spawnSync(process.execPath, [join(projectRoot, "bin", "trama.js"), "start", "--port", "abc", "--no-build", "--out", root], { encoding: "utf8", timeout: 60000 });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/--port "abc" is not a port number/);
  });
});
