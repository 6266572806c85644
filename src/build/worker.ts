// Worker thread entry: loads the pipeline context once, then turns each article it is
// sent into an extraction (or the reason it was skipped). Started by pool.ts.
import { parentPort, workerData } from "node:worker_threads";
import { loadContext } from "../pipeline.ts";
import { runJob, type ArticleJob, type JobResult } from "./job.ts";

const data = workerData as { dataDir?: string; disable?: string[] } | undefined;
const ctx = await loadContext(data?.dataDir, { disable: data?.disable ?? [] });
parentPort!.on("message", (jobs: ArticleJob[]) => {
  const results: JobResult[] = jobs.map((job) => runJob(job, ctx));
  parentPort!.postMessage(results);
});
parentPort!.postMessage("ready");
