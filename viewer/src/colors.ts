// Colour-blind-safe palette (Okabe–Ito) for entity classes and relation types.
export const CLASS_COLORS: Record<string, string> = {
  Country: "#0072B2", Person: "#D55E00", Organization: "#009E73", Place: "#E69F00", Treaty: "#CC79A7", Event: "#56B4E9",
};


const RELATION_PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8c564b", "#7f7f7f", "#bcbd22", "#17becf", "#000000", "#F0E442", "#9467bd", "#e377c2", "#1f77b4", "#2ca02c"];
export const RELATIONS = ["leaderOf", "memberOf", "partOf", "locatedIn", "meetsWith", "visits", "signs", "partyTo", "alliedWith", "supports", "deploysTroopsTo", "suppliesWeaponsTo", "providesAidTo", "atWarWith", "criticizes", "participatesIn"];
export const relationColor = (p: string) => RELATION_PALETTE[Math.max(0, RELATIONS.indexOf(p)) % RELATION_PALETTE.length]!;
