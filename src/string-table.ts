// The fold's interned article ids, rules and dates, and graph.json's rule table.
/** Each string once, by a dense id: the same string object back for every row that names it. */
export class StringTable {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) { id = this.values.length; this.values.push(s); this.ids.set(s, id); }
    return id;
  }

  /** The id of `s` if it is in the table (without adding it). */
  find(s: string): number | undefined { return this.ids.get(s); }

  get size(): number { return this.values.length; }
}
