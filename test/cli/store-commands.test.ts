// `trama sparql` and `trama push` against stores that misbehave (a fake one on 127.0.0.1):
// only SPARQL results count as results, credentials are never printed, a query that runs
// for ever is stopped, a store crash is one line, malformed arguments are usage errors.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.ts";
import { redactText } from "../../src/rdf/endpoint.ts";

const bin = join(projectRoot, "bin", "trama.js");
/** Spawned without blocking: the fake store answers from this process. */
function trama(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd: projectRoot, timeout: 60000 }, (err, stdout, stderr) => {
      done({ status: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
const oneLine = (s: string) => { expect(s.trim().split("\n")).toHaveLength(1); expect(s).not.toMatch(/\n\s+at /); };

const dir = mkdtempSync(join(tmpdir(), "trama-store-"));
const ttl = join(dir, "graph.ttl");
writeFileSync(ttl, Array.from({ length: 40 }, (_, i) => `<https://example.org/s${i}> <https://example.org/p> "${i}" .`).join("\n") + "\n");

let server: Server;
let base: string;
const seen: IncomingMessage[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    req.resume();
    if (req.url?.startsWith("/html")) { res.writeHead(200, { "Content-Type": "text/html" }); res.end("<html><body>Login</body></html>"); return; }
    if (req.url?.startsWith("/json")) { res.writeHead(200, { "Content-Type": "application/sparql-results+json" }); res.end(JSON.stringify({ head: { vars: ["n"] }, results: { bindings: [{ n: { type: "literal", value: "7" } }] } })); return; }
    if (req.url?.startsWith("/denied")) { res.writeHead(401, { "Content-Type": "text/plain" }); res.end("unauthorized"); return; }
    if (req.url?.startsWith("/slow")) return; // never answers
    res.writeHead(201); res.end();
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => { server.closeAllConnections(); await new Promise((ok) => server.close(ok)); });

describe("trama sparql --endpoint", () => {
  it("accepts SPARQL JSON results", async () => {
    const r = await trama("sparql", "SELECT ?n WHERE {}", "--endpoint", `${base}/json`, "--format", "csv");
    expect(r.stdout).toBe("n\n7\n");
    expect(r.status).toBe(0);
  });

  it("refuses a 200 text/html page as a result", async () => {
    const r = await trama("sparql", "SELECT ?n WHERE {}", "--endpoint", `${base}/html`);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not a SPARQL result \(Content-Type text\/html\)/);
    expect(r.stdout).not.toContain("Login");
    oneLine(r.stderr);
  });

  it("stops waiting after --timeout", async () => {
    const t0 = Date.now();
    const r = await trama("sparql", "SELECT ?n WHERE {}", "--endpoint", `${base}/slow`, "--timeout", "1");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no answer within 1 s/);
    expect(Date.now() - t0).toBeLessThan(30000);
  });

  it("sends credentials in the URL as Basic auth and never prints them", async () => {
    const r = await trama("sparql", "SELECT ?n WHERE {}", "--endpoint", `http://alice:s3cr%21t@127.0.0.1:${new URL(base).port}/denied`);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/HTTP 401/);
    expect(r.stderr + r.stdout).not.toMatch(/s3cr|alice/);
    expect(seen.at(-1)!.headers.authorization).toBe(`Basic ${Buffer.from("alice:s3cr!t").toString("base64")}`);
  });
});

describe("trama push", () => {
  it("never prints the password of an endpoint URL, whether the store answers or not", async () => {
    const port = new URL(base).port;
    const denied = await trama("push", ttl, "--endpoint", `http://bob:hunter2@127.0.0.1:${port}/denied`);
    expect(denied.status).toBe(1);
    expect(denied.stderr).not.toContain("hunter2");
    oneLine(denied.stderr);
    // A closed port: the connection error must not carry the URL's password either.
    const closed = await trama("push", ttl, "--endpoint", "http://bob:hunter2@127.0.0.1:9/sparql");
    expect(closed.status).toBe(1);
    expect(closed.stderr).toMatch(/cannot connect/);
    expect(closed.stderr).not.toContain("hunter2");
    const ok = await trama("push", ttl, "--endpoint", `http://bob:hunter2@127.0.0.1:${port}/store`);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^pushed 40 triples/);
    expect(ok.stdout).not.toContain("hunter2");
  });

  it.each([
    [["--endpoint", "not a url"], /--endpoint "not a url" is not a URL/],
    [["--endpoint", "ftp://127.0.0.1/x"], /only http and https/],
    [["--endpoint", "http://127.0.0.1:1/x", "--named-graph", "not an iri"], /--named-graph "not an iri" is not an absolute IRI/],
    [["--endpoint", "http://127.0.0.1:1/x", "--graph-param", "a b"], /--graph-param/],
    [["--endpoint", "http://127.0.0.1:1/x", "--timeout", "soon"], /--timeout "soon"/],
  ])("refuses %j as a usage error (exit 2)", async (args, message) => {
    const r = await trama("push", ttl, ...args);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(2);
    oneLine(r.stderr);
  });

  it("refuses a malformed sparql --endpoint as a usage error", async () => {
    const r = await trama("sparql", "ASK {}", "--endpoint", "localhost:8890 sparql");
    expect(r.status).toBe(2);
    oneLine(r.stderr);
  });
});

describe("trama sparql (embedded store)", () => {
  it("turns a store crash on a query of 4,000 UNIONs into one line", async () => {
    const q = `SELECT ?s WHERE { ${Array.from({ length: 4000 }, (_, i) => `{ ?s ?p "${i}" }`).join(" UNION ")} }`;
    const r = await trama("sparql", q, "--graph", ttl);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^trama: query too complex/);
    oneLine(r.stderr);
  });

  it("stops a cartesian product after --timeout", async () => {
    const t0 = Date.now();
    const r = await trama("sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }", "--graph", ttl, "--timeout", "1");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/stopped after 1 s/);
    expect(Date.now() - t0).toBeLessThan(30000);
  });

  it("still answers an ordinary query, in the declared variable order", async () => {
    const r = await trama("sparql", "SELECT ?o ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 1", "--graph", ttl, "--format", "csv");
    expect(r.stdout).toBe('o,s\n0,https://example.org/s0\n');
    expect(r.status).toBe(0);
  });
});

describe("redactText", () => {
  it.each([
    ["fetch failed for http://u:p@h/x", "fetch failed for http://h/x"],
    ["https://only-user@h.example/q?x=1", "https://h.example/q?x=1"],
    ["no url here", "no url here"],
  ])("%j -> %j", (input, out) => { expect(redactText(input)).toBe(out); });
});
