// What the temporal module finds: a time expression of a sentence, resolved.
import type { IsoDate, Span } from "../types.ts";
import type { Granularity, TimeKind } from "./data.ts";

export type { Granularity, TemporalData, TimeKind, TimeUnit } from "./data.ts";

export interface TimeExpression extends Span {
  /** The resolved date; for a range, its start. */
  value: IsoDate;
  /** For a range (`tra gennaio e febbraio`): its end. */
  valueEnd?: IsoDate;
  /** How precise the value is (of the end, for a range). */
  granularity: Granularity;
  /** `point` (`a fine aprile`), `since` (`da agosto`), `until` (`entro la fine del 2019`) or `range`. */
  kind: TimeKind;
  /** Token range in the sentence (inclusive). */
  firstToken: number;
  lastToken: number;
  /** Ids of the patterns that matched (kind + core). */
  rule: string;
}
