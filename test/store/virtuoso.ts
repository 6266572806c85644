// A real Virtuoso Open Source (Debian's virtuoso-opensource) for the store tests: started on
// 127.0.0.1 with its database in a temp folder, the anonymous SPARQL user allowed to update
// (so the Graph Store endpoint accepts PUT), stopped after.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Virtuoso {
  sparql: string;
  graphStore: string;
  stop(): Promise<void>;
}

export const hasVirtuoso = () => spawnSync("sh", ["-c", "command -v virtuoso-t && command -v isql-vt"]).status === 0;

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => { const p = (s.address() as { port: number }).port; s.close(() => ok(p)); });
    s.on("error", fail);
  });
}

async function waitFor(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(`${url}?query=${encodeURIComponent("ASK {}")}`);
      if (r.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`virtuoso did not answer at ${url} within ${ms} ms`);
}

export async function startVirtuoso(): Promise<Virtuoso> {
  const dir = mkdtempSync(join(tmpdir(), "trama-virtuoso-"));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  writeFileSync(join(dir, "virtuoso.ini"), `[Database]
DatabaseFile = ${dir}/virtuoso.db
ErrorLogFile = ${dir}/virtuoso.log
LockFile = ${dir}/virtuoso.lck
TransactionFile = ${dir}/virtuoso.trx
xa_persistent_file = ${dir}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = ${dir}/virtuoso-temp.db
TransactionFile = ${dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
DirsAllowed = ., ${dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CaseMode = 2
[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${dir}
ServerThreads = 4
MaxClientConnections = 4
[SPARQL]
ResultSetMaxRows = 100000
DefaultQuery = ASK {}
`);
  const proc: ChildProcess = spawn("virtuoso-t", ["+foreground", "+configfile", join(dir, "virtuoso.ini")], { cwd: dir, stdio: "ignore" });
  const sparql = `http://127.0.0.1:${httpPort}/sparql`;
  await waitFor(sparql, 60000);
  const grant = spawnSync("isql-vt", [String(sqlPort), "dba", "dba", `exec=grant SPARQL_UPDATE to "SPARQL";`], { encoding: "utf8" });
  if (grant.status !== 0) throw new Error(`isql-vt: ${grant.stderr || grant.stdout}`);
  return {
    sparql,
    graphStore: `http://127.0.0.1:${httpPort}/sparql-graph-crud`,
    stop: () => new Promise<void>((done) => {
      proc.once("exit", () => { rmSync(dir, { recursive: true, force: true }); done(); });
      proc.kill("SIGTERM");
      setTimeout(() => proc.kill("SIGKILL"), 5000).unref();
    }),
  };
}
