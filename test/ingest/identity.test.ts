// Article ids are unique per relative path, whatever the names fold to: two files whose
// names fold alike must not merge their evidence under one `article/<id>`.
import { describe, expect, it } from "vitest";
import { articleId, assignArticleIds } from "../../src/ingest/index.ts";
import { pathHash } from "../../src/ingest/identity.ts";

describe("assignArticleIds", () => {
  it("gives colliding names distinct ids, the first (sorted) keeping the plain one", () => {
    const ids = assignArticleIds(["a-b.md", "a b.txt", "A_B.html".replace("_", " ")]);
    expect(ids.get("A B.html")).toBe("a-b");
    expect(ids.get("a b.txt")).toBe(`a-b-${pathHash("a b.txt")}`);
    expect(ids.get("a-b.md")).toBe(`a-b-${pathHash("a-b.md")}`);
    expect(new Set(ids.values()).size).toBe(3);
  });

  it("folds accents like entity names and keeps the letters", () => {
    expect(articleId("ünï€😀.txt")).toBe("uni");
    expect(articleId("Perché la Corée?.md")).toBe("perche-la-coree");
    expect(articleId("2025/Zürich, 3 marzo.txt")).toBe("2025-zurich-3-marzo");
  });

  it("hashes a name with no letter left, so two such names stay apart", () => {
    const ids = assignArticleIds(["😀.txt", "€.txt", "Москва.txt"]);
    expect(new Set(ids.values()).size).toBe(3);
    for (const id of ids.values()) expect(id).toMatch(/^article-[0-9a-f]{6}$/);
  });

  it("is the same whatever the order the names come in", () => {
    const names = ["x y.txt", "x-y.txt", "x_y.txt", "X Y.md", "x.y.html"];
    expect([...assignArticleIds(names)].sort()).toEqual([...assignArticleIds([...names].reverse())].sort());
    expect(new Set(assignArticleIds(names).values()).size).toBe(names.length);
  });
});
