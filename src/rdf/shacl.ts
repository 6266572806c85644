// SHACL validation of a Turtle export against data/shapes.ttl (rdf-validate-shacl over N3 stores).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import N3 from "n3";
import SHACLValidator from "rdf-validate-shacl";
import { TramaError } from "../errors.ts";
import { defaultDataDir } from "../paths.ts";

export interface ShaclViolation {
  focus: string;
  path?: string;
  constraint: string;
  message: string;
}

async function loadStore(file: string): Promise<N3.Store> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new TramaError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const store = new N3.Store();
  try {
    store.addQuads(new N3.Parser().parse(text));
  } catch (e) {
    throw new TramaError(`${file}: not valid Turtle: ${(e as Error).message}`);
  }
  return store;
}

export async function validateTurtle(file: string, shapesFile = join(defaultDataDir, "shapes.ttl")): Promise<{ conforms: boolean; violations: ShaclViolation[] }> {
  const validator = new SHACLValidator(await loadStore(shapesFile) as never);
  const report = await validator.validate(await loadStore(file) as never);
  const violations = report.results.map((r) => ({
    focus: r.focusNode?.value ?? "",
    ...(r.path?.value ? { path: r.path.value } : {}),
    constraint: (r.sourceConstraintComponent?.value ?? "").replace(/^.*#/, ""),
    message: r.message.map((m) => m.value).join("; "),
  }));
  return { conforms: report.conforms, violations };
}
