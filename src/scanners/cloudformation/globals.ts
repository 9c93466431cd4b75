/**
 * SAM `Globals`: properties declared once for every serverless resource of a kind. Merged into
 * each resource's `Properties` as SAM does: the resource's own values win, maps merge key by
 * key, lists are additive (global entries first). Merged-in values keep their positions in the
 * `Globals` section, so a finding on one points where it is written.
 */
import { child, intrinsicName, type TEntry, type TMap, type TNode } from "./tree.js";

/** `Globals` section name → the resource type it applies to. */
export const GLOBAL_SECTIONS: Readonly<Record<string, string>> = {
  Function: "AWS::Serverless::Function",
  Api: "AWS::Serverless::Api",
  HttpApi: "AWS::Serverless::HttpApi",
  SimpleTable: "AWS::Serverless::SimpleTable",
  StateMachine: "AWS::Serverless::StateMachine",
  LayerVersion: "AWS::Serverless::LayerVersion",
};

/** The `Globals` map for a resource type, if the template has one. */
export function globalsFor(globals: TNode | undefined, type: string): TMap | undefined {
  for (const [section, forType] of Object.entries(GLOBAL_SECTIONS)) {
    if (forType !== type) continue;
    const found = child(globals, section);
    if (found?.kind === "map" && !intrinsicName(found)) return found;
  }
  return undefined;
}

function isPlainMap(node: TNode | undefined): node is TMap {
  return node?.kind === "map" && !intrinsicName(node);
}

/** `own` with `global` merged underneath it. */
export function mergeGlobals(global: TMap, own: TNode | undefined): TNode {
  if (own === undefined) return global;
  if (!isPlainMap(own)) return own;
  const entries: TEntry[] = [];
  const byKey = new Map(global.entries.map((e) => [e.key, e]));
  for (const e of own.entries) {
    const g = byKey.get(e.key);
    byKey.delete(e.key);
    if (g && isPlainMap(g.value) && isPlainMap(e.value)) entries.push({ ...e, value: mergeGlobals(g.value, e.value) });
    else if (g && g.value.kind === "seq" && e.value.kind === "seq") {
      entries.push({ ...e, value: { ...e.value, items: [...g.value.items, ...e.value.items] } });
    } else entries.push(e);
  }
  for (const g of global.entries) if (byKey.has(g.key)) entries.push(g);
  return { ...own, entries };
}
