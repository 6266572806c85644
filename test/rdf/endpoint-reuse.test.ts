// A store that closes a kept-alive connection: the next query on it must not fail for the user.
// Virtuoso drops idle connections after a few seconds; a long build between two queries of the
// same process then met a dead socket ("cannot connect (UND_ERR_SOCKET)").
import { createServer, type Server } from "node:http";
import type { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryEndpoint } from "../../src/rdf/sparql.ts";

const RESULT = JSON.stringify({ head: { vars: ["n"] }, results: { bindings: [{ n: { type: "literal", value: "3" } }] } });

let server: Server;
let base: string;
let dropped = 0;
beforeAll(async () => {
  const served = new WeakMap<Socket, number>();
  server = createServer((req, res) => {
    const n = (served.get(req.socket) ?? 0) + 1;
    served.set(req.socket, n);
    req.resume();
    req.on("end", () => {
      // `/drops-reused`: a request on a connection already used finds it closed, as after an idle timeout.
      if ((req.url === "/drops-reused" && n > 1) || req.url === "/down") { dropped++; req.socket.destroy(); return; }
      res.writeHead(200, { "Content-Type": "application/sparql-results+json" });
      res.end(RESULT);
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => { server.closeAllConnections(); await new Promise((ok) => server.close(ok)); });

describe("queryEndpoint on a reused connection", () => {
  it("sends a query again on a fresh connection when the kept-alive one was closed", async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await queryEndpoint(`${base}/drops-reused`, "SELECT ?n WHERE {}")).rows);
    expect(dropped).toBeGreaterThan(0); // some query did meet a closed connection
    expect(answers).toEqual(Array(4).fill([{ n: "3" }]));
  });

  it("still reports a store that closes every connection, in one line", async () => {
    await expect(queryEndpoint(`${base}/down`, "SELECT ?n WHERE {}")).rejects.toThrow(/^http:\/\/127\.0\.0\.1:\d+\/down: cannot connect \(/);
  });
});
