/**
 * The template tree both CloudFormation syntaxes are read into: YAML (short-form tags already
 * expanded to their long forms) and JSON become the same maps, sequences and scalars, each with
 * its offsets in the file, so records and static evaluation are written once.
 */

export type Scalar = string | number | boolean | null;

export interface TScalar {
  kind: "scalar";
  value: Scalar;
  start: number;
  end: number;
}

export interface TEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: TNode;
}

export interface TMap {
  kind: "map";
  /** Unique keys; a duplicated key keeps its last value (what CloudFormation does). */
  entries: TEntry[];
  start: number;
  end: number;
  /** The YAML short form this map was written as (`!GetAtt`), absent for long forms. */
  shortForm?: string;
}

export interface TItem {
  node: TNode;
  /** Where the element starts: the `-` of a YAML block-sequence item, else the node itself. */
  start: number;
}

export interface TSeq {
  kind: "seq";
  items: TItem[];
  start: number;
  end: number;
}

export type TNode = TScalar | TMap | TSeq;

export function scalar(value: Scalar, start: number, end: number): TScalar {
  return { kind: "scalar", value, start, end };
}

export function entry(map: TNode | undefined, key: string): TEntry | undefined {
  if (map?.kind !== "map") return undefined;
  return map.entries.find((e) => e.key === key);
}

export function child(map: TNode | undefined, key: string): TNode | undefined {
  return entry(map, key)?.value;
}

export function stringOf(node: TNode | undefined): string | undefined {
  return node?.kind === "scalar" && typeof node.value === "string" ? node.value : undefined;
}

/**
 * The intrinsic function a map is, when it is one: a single key `Ref`, `Fn::*`, or `Condition`
 * with a string (the `!Condition` form; a `Condition` key elsewhere is an ordinary key).
 */
export function intrinsicName(node: TNode): string | undefined {
  if (node.kind !== "map" || node.entries.length !== 1) return undefined;
  const only = node.entries[0]!;
  if (only.key === "Ref" || only.key.startsWith("Fn::")) return only.key;
  if (only.key === "Condition" && stringOf(only.value) !== undefined) return only.key;
  return undefined;
}

/**
 * The AWS Rain directive a node is (`Rain::Module` for `{"Rain::Module": path}` or YAML
 * `!Rain::Module path`), when it is one: Rain expands them in `rain pkg`, CloudFormation never
 * sees them.
 */
export function rainDirective(node: TNode | undefined): string | undefined {
  if (node?.kind !== "map" || node.entries.length !== 1) return undefined;
  const key = node.entries[0]!.key;
  return key.startsWith("Rain::") && key.length > "Rain::".length ? key : undefined;
}

/** The tree as plain JSON (intrinsics in their long forms): what CloudFormation itself sees. */
export function toPlain(node: TNode): unknown {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "seq":
      return node.items.map((i) => toPlain(i.node));
    case "map": {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) out[e.key] = toPlain(e.value);
      return out;
    }
  }
}
