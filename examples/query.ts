// Runnable example of the query API (README, "Query it from code"). The test suite runs it.
//   npx tsx examples/query.ts [build folder]
import { loadGraph } from "../src/index.ts";

const g = await loadGraph(process.argv[2] ?? "out");

// Any name or transliteration finds the entity.
const shoigu = g.entity("Choïgou");
console.log(`${shoigu?.label} (${shoigu?.type})`);

// Relations, filtered by subject, predicate and evidence date.
for (const r of g.relations({ subject: "Corea del Nord", predicate: "deploysTroopsTo", from: "2025" })) {
  console.log(`${r.subject.label} -> ${r.object.label}: ${r.count} sentence(s)`);
}

// Neighbours and paths.
console.log(g.neighbors("Kim Jong Un", { depth: 1 }).map((e) => e.label).join(", "));
console.log(g.path("Sergei Shoigu", "Ukraine").map((e) => e.label).join(" -> "));

// Attributed figures and the sentence behind each.
for (const c of g.claims({ about: "North Korea", measure: "killed" })) {
  console.log(`${c.asOf ?? "?"} ${c.amount} by ${c.claimedBy ? g.entity(c.claimedBy)?.label : "unattributed"}: ${g.evidence(c)[0]?.text.slice(0, 60)}…`);
}
