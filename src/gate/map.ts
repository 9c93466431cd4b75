/**
 * Change records for the engine, each mapped back to the resource in the scanned code when its
 * address can be resolved: a Terraform address to the `resource` block (inside a local module for
 * `module.a.module.b.…`, with the module calls as related locations), a CloudFormation logical ID
 * to the template, a Pulumi URN to the `new` expression. The gate imports no scanner: it maps
 * through the records the scan already produced.
 */
import type { Change } from "../model/change.js";
import type { RelatedLocation } from "../model/finding.js";
import { snake, tokenType } from "../model/pulumi-types.js";
import type { Resource } from "../model/resource.js";
import type { ValueMap } from "../model/value.js";
import { changeAttributes } from "./attributes.js";
import { topAttribute } from "./diff.js";

/** Which template or project a logical ID or URN found in several of them belongs to (repository-relative). */
export interface SourceChoice {
  /** `--template FILE`: the CloudFormation template a change set or drift result is for. */
  template?: string;
  /** `--project DIR`: the Terraform root module or Pulumi project folder a plan or preview is for. */
  project?: string;
}

/** Where a change was mapped to, or why it was not. */
/** `atCall`: the change is of a module the scan cannot read, shown at this call of it (`module.a["x"]`). */
type Mapping = { record: Resource; via: RelatedLocation[]; atCall?: string; roots?: string[] } | { record?: undefined; candidates: Resource[] };

/**
 * One record per change, of kind `change` or `drift`, that gate rules select like any record:
 * `attributes` holds what the change does (see `changeAttributes`), `options.ignoreChanges`
 * the mapped resource's ignore list. Mapped: located at the resource in the source, with the
 * change's place in the input file as a related location; otherwise at the input file.
 */
export function changeRecords(changes: readonly Change[], resources: readonly Resource[], choice: SourceChoice = {}): Resource[] {
  const index = new SourceIndex(resources);
  return changes.map((change) => record(change, index.map(change, choice)));
}

function record(change: Change, mapping: Mapping): Resource {
  const here: RelatedLocation = { file: change.file, range: change.range, message: `${describeInput(change)}: ${change.jsonPath}` };
  const resource = mapping.record && !mapping.atCall ? mapping.record : undefined;
  const attributes: ValueMap = changeAttributes(change, resource !== undefined, relevantChanges(change, resource));
  const options: ValueMap = {};
  // What the code says of the resource's life: its ignore list, and what replacing it keeps.
  for (const key of ["ignoreChanges", "updateReplacePolicy", "deletionPolicy"]) {
    const value = resource?.options[key];
    if (value !== undefined) options[key] = value;
  }
  const target = mapping.record;
  const file = target ? target.file : change.file;
  const header = target ? target.header : change.range;
  const whole = target ? target.range : change.range;
  const type = change.format === "pulumi" ? tokenType(change.type) : { type: change.type, canonicalType: change.type };
  const out: Resource = {
    format: change.format,
    kind: change.kind,
    type: change.type,
    canonicalType: target?.canonicalType ?? type.canonicalType,
    name: displayName(change),
    file,
    range: whole,
    header,
    attributes,
    options,
    source: { range: whole, header, children: { attributes: { range: whole, header, children: {} }, options: { range: whole, header, children: {} } } },
    unit: `gate:${change.file}`,
  };
  if (target) {
    out.related = [here, ...mapping.via];
    if (mapping.atCall) out.note = ` (in ${mapping.atCall}, whose code the scan does not hold: shown at its call)`;
    if (mapping.roots) out.note = ` (the module is called from ${mapping.roots.length} root modules: ${mapping.roots.join(", ")}; --project shows the calls of one)`;
  } else if (mapping.candidates.length > 1) {
    const flag = change.format === "cloudformation" ? "--template FILE" : "--project DIR";
    out.related = mapping.candidates.map((c) => ({ file: c.file, range: c.header, message: `a candidate: ${c.name} in ${c.file}` }));
    out.note = ` (${displayName(change)} is defined in ${mapping.candidates.length} places: ${mapping.candidates.map((c) => `${c.file}:${c.header.start.line}${c.unit ? ` in ${unitPath(c.unit)}` : ""}`).join(", ")}; choose one with ${flag})`;
  } else {
    out.note = ` (${change.jsonPath}: ${displayName(change)} is not defined in the scanned code)`;
  }
  return out;
}

/**
 * The attributes a change touches that matter: for Terraform and Pulumi drift on a resource
 * found in the code, those the code sets (compared in snake_case, as Pulumi's bridged
 * resources are recorded) or its ignore list names; providers refresh computed attributes
 * (`arn`, `tags_all`, `renewal_eligibility`) that no code describes. CloudFormation compares
 * template properties only already.
 */
function relevantChanges(change: Change, target: Resource | undefined): string[] {
  if (change.kind !== "drift" || !target || change.format === "cloudformation") return change.changed;
  // What the ignore list names is the code's concern too, written or not (CHG-004 is about it).
  const ignored = target.options.ignoreChanges;
  if (ignored === "all") return change.changed;
  const named = new Set([...Object.keys(target.attributes), ...(Array.isArray(ignored) ? ignored.filter((p): p is string => typeof p === "string").map(topAttribute) : [])].flatMap((k) => [k, snake(k)]));
  return change.changed.filter((path) => named.has(topAttribute(path)) || named.has(snake(topAttribute(path))));
}

/** `the planned change in plan.json`, `the drift in drift.json`. */
function describeInput(change: Change): string {
  const what: Record<Change["input"], string> = {
    "terraform-plan": change.kind === "drift" ? "drift found by the plan's refresh" : "the planned change",
    "cloudformation-change-set": "the change set's change",
    "cloudformation-drift": "the drift result",
    "pulumi-preview": "the preview's step",
    "pulumi-refresh": "the refresh preview's step",
  };
  return `${what[change.input]} in ${change.file}`;
}

/** How a change names its resource in a message: the address, logical ID, or the URN's name. */
function displayName(change: Change): string {
  return change.format === "pulumi" ? (change.hints.name ?? change.address) : change.address;
}

/** The scanned records by how the three tools address them. */
class SourceIndex {
  private readonly byName = new Map<string, Resource[]>();
  /** Terraform: by address without instance keys (`module.a.aws_instance.x`). */
  private readonly byBlock = new Map<string, Resource[]>();
  /** Pulumi: names written as templates (`${name}-vm`), as patterns of the names they produce. */
  private readonly templates: { pattern: RegExp; records: Resource[] }[] = [];
  /** Pulumi: the project name of each unit (`pulumi:<dir>` → `name` of its Pulumi.yaml). */
  private readonly projectNames = new Map<string, string>();

  constructor(resources: readonly Resource[]) {
    for (const r of resources) {
      if (r.format === "pulumi" && r.kind === "project" && r.unit) this.projectNames.set(r.unit, r.name);
      if (r.kind !== "resource" && r.kind !== "data" && r.kind !== "module") continue;
      push(this.byName, r.name, r);
      if (r.format === "terraform") push(this.byBlock, withoutKeys(r.name), r);
    }
    for (const [written, records] of this.byName) {
      if (!written.includes("${") || !records.some((r) => r.format === "pulumi")) continue;
      this.templates.push({ pattern: new RegExp(`^${written.split(/\$\{[^}]*\}/).map(escape).join(".+")}$`, "s"), records });
    }
  }

  map(change: Change, choice: SourceChoice): Mapping {
    let found = change.format === "terraform" ? this.terraform(change) : change.format === "cloudformation" ? this.cloudformation(change) : this.pulumi(change);
    // A resource of a module the scan cannot read (from a registry, not downloaded): its module call.
    const atCall = found.length === 0 && change.format === "terraform" && (change.hints.modules?.length ?? 0) > 0;
    if (atCall) found = this.outermostCalls(change);
    let units = [...new Set(found.map((r) => r.unit ?? ""))];
    const chosen = change.format === "cloudformation" ? choice.template : choice.project;
    if (chosen !== undefined && units.length > 1) units = units.filter((u) => unitPath(u) === normalise(chosen));
    // A plan is written where Terraform ran, in its root module: that root is the one meant.
    else if (change.format === "terraform" && units.length > 1) {
      const here = units.filter((u) => unitPath(u) === folderOf(change.file));
      if (here.length === 1) units = here;
    }
    // Several roots calling one module: the definition is one place, whichever root the plan is
    // of; which root's calls lead there is not known, so none is shown as the way.
    if (units.length > 1 && !atCall && found.every((r) => r.file === found[0]!.file && r.header.start.line === found[0]!.header.start.line)) {
      return { record: found[0]!, via: [], roots: units.map(unitPath) };
    }
    if (units.length !== 1) return { candidates: uniqueByUnit(found) };
    const inUnit = found.filter((r) => (r.unit ?? "") === units[0]);
    if (atCall) {
      // The deepest call the scan knows of: the finding sits there, the calls above it are related.
      const calls = this.moduleCallRecords(change, inUnit[0]!.unit);
      const deepest = calls.at(-1)!;
      return { record: deepest.record, via: calls.slice(0, -1).map(callLocation), atCall: deepest.name };
    }
    const record = inUnit[0]!;
    return { record, via: change.format === "terraform" ? this.moduleCallRecords(change, record.unit).map(callLocation) : [] };
  }

  /** The root's calls of the change's outermost module (`module.a`), one per unit that has one. */
  private outermostCalls(change: Change): Resource[] {
    const first = `module.${change.hints.modules![0]}`;
    return (this.byName.get(first) ?? this.byBlock.get(withoutKeys(first)) ?? []).filter((r) => r.kind === "module");
  }

  private named(name: string, formats: Resource["format"]): Resource[] {
    return (this.byName.get(name) ?? []).filter((r) => r.format === formats && r.kind !== "module");
  }

  /** By address; an address whose instance keys the scan could not work out matches the block (`aws_instance.x`). */
  private terraform(change: Change): Resource[] {
    const exact = this.named(change.address, "terraform");
    if (exact.length > 0) return exact;
    return (this.byBlock.get(withoutKeys(change.address)) ?? []).filter((r) => r.kind !== "module");
  }

  /**
   * By logical ID; a SAM template's generated resources (`MyFunctionRole`) are not in the source.
   * Of several, those of the change's type when some are (a SAM function is deployed as
   * `AWS::Lambda::Function`, so a type that matches none does not rule any out).
   */
  private cloudformation(change: Change): Resource[] {
    const found = this.named(change.address, "cloudformation").filter((r) => r.kind === "resource");
    const sameType = found.filter((r) => r.type === change.type);
    return sameType.length > 0 ? sameType : found;
  }

  /**
   * By name and type within the URN's project; a resource created inside a component whose name
   * is a template (`${name}-vm`) matches the names it can produce when nothing matches exactly.
   */
  private pulumi(change: Change): Resource[] {
    const name = change.hints.name ?? "";
    const inProject = (r: Resource): boolean => {
      const project = r.unit ? this.projectNames.get(r.unit) : undefined;
      return project === undefined || change.hints.project === undefined || project === change.hints.project;
    };
    const sameType = (r: Resource): boolean => r.type === change.type;
    const exact = this.named(name, "pulumi").filter((r) => sameType(r) && inProject(r));
    if (exact.length > 0) return exact;
    const out: Resource[] = [];
    for (const { pattern, records } of this.templates) if (pattern.test(name)) out.push(...records.filter((r) => r.format === "pulumi" && sameType(r) && inProject(r)));
    return out;
  }

  /**
   * The module calls from the root down to the resource's module that the scan read (`module.a`
   * in the root, `module.b` in a), each with the call as the plan names it (`module.a["x"]`).
   */
  private moduleCallRecords(change: Change, unit: string | undefined): { record: Resource; name: string }[] {
    const out: { record: Resource; name: string }[] = [];
    let prefix = "";
    for (const call of change.hints.modules ?? []) {
      prefix = prefix ? `${prefix}.module.${call}` : `module.${call}`;
      const found = (this.byName.get(prefix) ?? this.byBlock.get(withoutKeys(prefix)) ?? []).find((r) => r.kind === "module" && r.unit === unit);
      if (!found) break;
      out.push({ record: found, name: prefix });
    }
    return out;
  }
}

function push(map: Map<string, Resource[]>, key: string, r: Resource): void {
  const list = map.get(key);
  if (list) list.push(r);
  else map.set(key, [r]);
}

/** A module call as a related location: `called as module.a["x"]`. */
function callLocation(call: { record: Resource; name: string }): RelatedLocation {
  return { file: call.record.file, range: call.record.header, message: `called as ${call.name}` };
}

/** `terraform:infra` → `infra`, `cloudformation:stacks/web.yaml` → `stacks/web.yaml`. */
function unitPath(unit: string): string {
  return normalise(unit.slice(unit.indexOf(":") + 1));
}

/** The repository folder of a repository path (`.` at the top). */
function folderOf(file: string): string {
  const at = file.lastIndexOf("/");
  return at < 0 ? "." : file.slice(0, at);
}

function normalise(path: string): string {
  const p = path.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
  return p === "" ? "." : p;
}

/** One candidate per unit: the places a person would choose between. */
function uniqueByUnit(found: Resource[]): Resource[] {
  const seen = new Set<string>();
  return found.filter((r) => {
    const key = r.unit ?? r.file;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `module.a["x"].aws_instance.b[0]` → `module.a.aws_instance.b`. */
function withoutKeys(address: string): string {
  return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\]/g, "");
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

