import type { Resource } from "../model/resource.js";
import { isUnknown, isValueMap, type PathSegment, type Value } from "../model/value.js";

/** One reference: `from` refers to `to` through the value at `path` (`["attributes", "bucket"]`). */
export interface Edge {
  from: Resource;
  to: Resource;
  path: PathSegment[];
}

/** Terraform roots that name something other than a resource or data source. */
const NOT_RECORDS = new Set(["var", "local", "module", "each", "count", "path", "terraform", "self"]);
const TERRAFORM_REF = /(?<![\w.\]"'-])((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][\w-]*)/g;
const CFN_REF = /(?:\bRef\b["']?\s*:?\s*["']?|\bGetAtt\b["']?\s*:?\s*\[?\s*["']?|\$\{)([A-Za-z0-9]+)/g;

/**
 * Who refers to whom, within each unit of work. Built once per scan, and only when a rule
 * asks for relations. References come from the scanners (`Unknown.refs`: Terraform resource
 * and data-source roots, Pulumi resource variables and their outputs) and, where a scanner
 * leaves them out, from the expression text of unknown values: Terraform `type.name` and
 * `data.type.name` (resolved in the module of the referring record), CloudFormation `Ref`,
 * `Fn::GetAtt` and `${LogicalId}` / `${LogicalId.Attr}` in `Fn::Sub`. Known values carry no
 * references: a bucket named by a literal string is not related to the `aws_s3_bucket` of that
 * name (the name may belong to another configuration).
 */
export class RelationIndex {
  private readonly outgoing = new Map<Resource, Edge[]>();
  private readonly incoming = new Map<Resource, Edge[]>();

  constructor(resources: readonly Resource[]) {
    const units = new Map<string, Resource[]>();
    for (const r of resources) {
      if (r.kind === "fact" || r.unit === undefined) continue;
      let list = units.get(r.unit);
      if (!list) units.set(r.unit, (list = []));
      list.push(r);
    }
    for (const records of units.values()) this.indexUnit(records);
  }

  /** Records `record` refers to (optionally only through paths under `via`). */
  references(record: Resource): readonly Edge[] {
    return this.outgoing.get(record) ?? [];
  }

  /** Records that refer to `record`. */
  referencedBy(record: Resource): readonly Edge[] {
    return this.incoming.get(record) ?? [];
  }

  private indexUnit(records: Resource[]): void {
    const byKey = new Map<string, Resource[]>();
    for (const r of records) {
      const key = recordKey(r);
      const list = byKey.get(key);
      if (list) list.push(r);
      else byKey.set(key, [r]);
    }
    for (const from of records) {
      const seen = new Map<string, Set<Resource>>();
      const visit = (value: Value | undefined, path: PathSegment[], depth: number): void => {
        if (value === undefined || value === null || depth > 64) return;
        if (isUnknown(value)) {
          for (const ref of referencesIn(from, value)) {
            for (const to of byKey.get(ref) ?? []) {
              if (to === from) continue;
              const at = path.join("\u0001");
              let targets = seen.get(at);
              if (!targets) seen.set(at, (targets = new Set()));
              if (targets.has(to)) continue;
              targets.add(to);
              const edge: Edge = { from, to, path };
              push(this.outgoing, from, edge);
              push(this.incoming, to, edge);
            }
          }
          if (value.decoded !== undefined && typeof value.decoded === "object") visit(value.decoded, path, depth + 1);
          return;
        }
        if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i], depth + 1));
        else if (isValueMap(value)) for (const [k, v] of Object.entries(value)) visit(v, [...path, k], depth + 1);
      };
      visit(from.attributes, ["attributes"], 0);
    }
  }
}

function push(map: Map<Resource, Edge[]>, key: Resource, edge: Edge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

/** How records are named by references: Terraform addresses without instance keys, else the name. */
function recordKey(r: Resource): string {
  return r.format === "terraform" ? withoutInstanceKeys(r.name) : r.name;
}

/** `module.a["x"].aws_instance.web[0]` → `module.a.aws_instance.web`. */
export function withoutInstanceKeys(address: string): string {
  return address.replace(/\[(?:\d+|"(?:[^"\\]|\\.)*")\]/g, "");
}

/** The keys (see `recordKey`) an unknown value of `from` refers to. */
function referencesIn(from: Resource, value: { $unknown: string; decoded?: Value; refs?: string[] }): string[] {
  const texts = [value.$unknown, ...(typeof value.decoded === "string" ? [value.decoded] : [])];
  const out = new Set<string>();
  if (from.format === "terraform") {
    // References are relative to the module the referring record sits in.
    const prefix = /^((?:module\.[^.]+\.)*)/.exec(withoutInstanceKeys(from.name))![1]!;
    for (const ref of value.refs ?? []) out.add(prefix + ref);
    for (const text of texts) {
      for (const m of text.matchAll(TERRAFORM_REF)) {
        const ref = m[1]!;
        const root = ref.slice(0, ref.indexOf("."));
        if (!NOT_RECORDS.has(root)) out.add(prefix + ref);
      }
    }
  } else if (from.format === "cloudformation") {
    for (const ref of value.refs ?? []) out.add(ref);
    for (const text of texts) for (const m of text.matchAll(CFN_REF)) if (!m[1]!.startsWith("AWS")) out.add(m[1]!);
  } else {
    for (const ref of value.refs ?? []) out.add(ref);
  }
  return [...out];
}
