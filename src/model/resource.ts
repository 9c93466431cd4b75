import type { Range } from "./position.js";
import type { Path, Value, ValueMap } from "./value.js";

export type Format = "terraform" | "cloudformation" | "pulumi";
export const FORMATS: readonly Format[] = ["terraform", "cloudformation", "pulumi"];

/**
 * What a record is. Terraform: resource, data, module, provider, settings (`terraform {}`),
 * variable, locals, output. CloudFormation: resource, parameter, output, mapping, condition.
 * Pulumi: resource, data (invoke such as getAmi), component, project. Any format: `fact`, a
 * record derived from others that says one thing several shapes mean (see `src/facts/`); the
 * gate's `change` (a planned change to one resource) and `drift` (how one resource already
 * differs from the code), read from plans, change sets and previews (see `src/gate/`), which
 * only selectors that name these kinds select.
 */
export type ResourceKind =
  | "resource"
  | "data"
  | "module"
  | "provider"
  | "settings"
  | "variable"
  | "locals"
  | "output"
  | "parameter"
  | "mapping"
  | "condition"
  | "project"
  | "fact"
  | "change"
  | "drift";

/** The gate's record kinds: selected only by selectors that name them. */
export const GATE_KINDS: ReadonlySet<ResourceKind> = new Set<ResourceKind>(["change", "drift"]);

/**
 * What kind of definition a value was taken from. Terraform: a variable's `default`, a `.tfvars`
 * file (auto-loaded or `--var-file`), a `--var` option, a `locals` entry, an argument of a module
 * call. CloudFormation: a parameter's `Default`, a `Mappings` entry. Pulumi: a `const`, an
 * argument passed to a component or function of the program, the value a helper function of
 * the program returns. Terraform's `count.index` and `each.key`/`each.value` name the instance
 * they belong to (`instance-key`): a finding that depends on none is the same for every instance.
 */
export type OriginKind =
  | "variable-default"
  | "tfvars"
  | "cli-var"
  | "local"
  | "module-argument"
  | "parameter-default"
  | "mapping"
  | "const"
  | "call-argument"
  | "return-value"
  | "instance-key";

/**
 * Where a value really comes from when it is written somewhere other than where it is used.
 * Findings list origins as related locations (SARIF `relatedLocations`).
 */
export interface Origin {
  file: string;
  range: Range;
  /** Says what the location is: `variable repo_mutability, set in terraform.tfvars`. */
  message: string;
  kind?: OriginKind;
  /**
   * For `module-argument` and `call-argument`: how many module calls (component or function
   * calls in Pulumi) deep the caller sits, 0 for the root module or the program's top level.
   * Findings use it to tell which call they depend on.
   */
  depth?: number;
  /**
   * For `module-argument` and `call-argument`: the call as a person names it, relative to its
   * caller: `module.svc`, `module.svc["a"]`, `new WebService("web")`, `makeService("api")`.
   * Findings say "via <call> (<file>:<line>)".
   */
  call?: string;
}

/**
 * Where each part of a record sits in its file. Mirrors the value tree: `children` keys are
 * object keys or list indices (as strings). `range` covers the whole element starting at its
 * key (attribute) or first token (block, list element); `header` is the opening line of a block
 * or resource, used when a finding is about something missing.
 */
export interface SourceNode {
  range: Range;
  header?: Range;
  children?: Record<string, SourceNode>;
  /**
   * Where the value really comes from when it is written elsewhere, nearest first: a Terraform
   * variable's default or tfvars line, a local, a module call's argument; a CloudFormation
   * parameter's `Default` behind a `!Ref`; a Pulumi `const` in another file. Findings show them
   * as related locations.
   */
  origins?: Origin[];
}

/**
 * Options shared by all formats under one vocabulary, so a rule about e.g. ignored drift is
 * written once. Each scanner maps native syntax onto these keys (Terraform `lifecycle`,
 * CloudFormation resource attributes, Pulumi resource options); `source.children.options`
 * points at the native syntax.
 *
 * Keys: ignoreChanges ("all" or a list of attribute paths), createBeforeDestroy, preventDestroy,
 * replaceTriggeredBy, deleteBeforeReplace, protect, retainOnDelete, replaceOnChanges, dependsOn,
 * provider, parent, count, forEach, provisioners (list of { type, when?, attributes }),
 * deletionPolicy, updateReplacePolicy, updatePolicy, creationPolicy, condition, metadata.
 */
export type ResourceOptions = ValueMap;

export interface Resource {
  format: Format;
  kind: ResourceKind;
  /** Native type: aws_instance | AWS::EC2::Instance | aws:ec2/instance:Instance. */
  type: string;
  /**
   * The Terraform type a Pulumi bridged-provider resource mirrors (aws:ec2/instance:Instance →
   * aws_instance), so rules address both with one selector. Equal to `type` elsewhere.
   */
  canonicalType: string;
  /** Address (aws_instance.web, module.vpc, data.aws_ami.ubuntu), logical ID, or Pulumi name. */
  name: string;
  /** Repository-relative, forward slashes. */
  file: string;
  /** Whole block / resource / new-expression. */
  range: Range;
  /** The opening line: `resource "t" "n" {`, the logical ID key, the `new X(` expression. */
  header: Range;
  attributes: ValueMap;
  options: ResourceOptions;
  /** Positions: `children.attributes` mirrors `attributes`, `children.options` mirrors `options`. */
  source: SourceNode;
  /** Created many times (count, for_each, dynamic block, a loop in a program). */
  repeated?: boolean;
  /**
   * For a record made by evaluating a definition for one caller (a resource of a Terraform
   * module call, a resource created inside a Pulumi component or function called with
   * arguments): `scopes[d]` is its name as seen from the caller at call depth `d` (`scopes[0]`
   * is `name`), and the last entry its name inside the definition, with no caller. A finding
   * that depends on no caller's argument takes the last (so it is reported once for all calls);
   * one that does takes the name seen from the outermost caller it depends on (the smallest
   * `depth` among its `module-argument` / `call-argument` origins).
   */
  scopes?: string[];
  /**
   * The record comes from a copy of a remote module (`.terraform/modules`), not from the
   * repository: only findings caused by the caller's arguments are reported, at the caller.
   */
  remoteModule?: boolean;
  /**
   * The unit of work the record was evaluated in (`terraform:<root dir>`,
   * `cloudformation:<template>`, `pulumi:<project dir>`): records name each other (relations)
   * only within one unit. Set by `scanUnits`.
   */
  unit?: string;
  /**
   * For a fact: the path of the element of its origin record it was derived from
   * (`["attributes", "ingress", 1]`; absent when the fact stands for the whole record). A
   * finding's fingerprint uses it instead of the path inside the fact, so two facts of one
   * resource never share a fingerprint and a fingerprint does not change when a rule moves
   * from the origin's own attributes onto the fact.
   */
  element?: Path;
  /**
   * Locations every finding on this record lists after its own related locations: for a gate
   * record, the change's place in the plan and the module calls that lead to the resource.
   */
  related?: { file: string; range: Range; message: string }[];
  /** Text appended to every finding's message on this record (a gate record's unresolved candidates). */
  note?: string;
}

export type DiagnosticSeverity = "error" | "warning";

/** A problem reading a file (syntax error, bad encoding, duplicate key); reported as IAC-000. */
export interface Diagnostic {
  file: string;
  range: Range;
  severity: DiagnosticSeverity;
  message: string;
  /** Other positions the problem involves (the other end of a cycle of locals). */
  related?: { file: string; range: Range; message: string }[];
  /**
   * The file was not analysed at all (refused, unreadable, too large, binary, undecodable), as
   * opposed to analysed with a problem; `--strict` fails the scan on these.
   */
  notScanned?: true;
}

export interface ScanResult {
  resources: Resource[];
  diagnostics: Diagnostic[];
}

export interface ResourceParts {
  format: Format;
  kind: ResourceKind;
  type: string;
  /** Defaults to `type`. */
  canonicalType?: string;
  name: string;
  file: string;
  range: Range;
  header: Range;
  attributes: ValueMap;
  attributeNodes: Record<string, SourceNode>;
  options: ResourceOptions;
  optionNodes: Record<string, SourceNode>;
  repeated?: boolean;
  scopes?: string[];
  remoteModule?: boolean;
}

/** Assembles a record and its source tree the same way for every scanner. */
export function buildResource(parts: ResourceParts): Resource {
  const { range, header } = parts;
  const resource: Resource = {
    format: parts.format,
    kind: parts.kind,
    type: parts.type,
    canonicalType: parts.canonicalType ?? parts.type,
    name: parts.name,
    file: parts.file,
    range,
    header,
    attributes: parts.attributes,
    options: parts.options,
    source: {
      range,
      header,
      children: {
        attributes: { range, header, children: parts.attributeNodes },
        options: { range, header, children: parts.optionNodes },
      },
    },
  };
  if (parts.repeated) resource.repeated = true;
  if (parts.scopes) resource.scopes = parts.scopes;
  if (parts.remoteModule) resource.remoteModule = true;
  return resource;
}

/** Paths into a resource start at "attributes" or "options". */
export type ResourcePath = ["attributes" | "options", ...Path];

/**
 * The exact range of a path inside a resource: the deepest node the source map knows on the
 * way down, so a value computed from an expression still lands on the attribute holding it.
 * When the path ends at something that is not written (a missing setting), the result is the
 * opening line of the nearest enclosing element: the resource header, or a nested block's.
 */
export function locate(resource: Resource, path: readonly (string | number)[]): Range {
  let node: SourceNode = resource.source;
  let complete = true;
  for (const segment of path) {
    const next = node.children?.[String(segment)];
    if (!next) {
      complete = false;
      break;
    }
    node = next;
  }
  if (node === resource.source) return resource.header;
  // Something missing inside an element: point at the element's opening line, not all of it.
  return complete ? node.range : (node.header ?? node.range);
}

/**
 * The origin lists (each nearest first: a local, then the variable it reads) of the nodes met on
 * the way down a path, outermost element first; with `below`, also those of every node inside
 * the element the path ends at. An outer list holds what the whole element passed through; the
 * innermost one says where the value at the path itself comes from (see `innermostOrigins`).
 */
export function originsAlong(resource: Resource, path: readonly (string | number)[], below = false): Origin[][] {
  const { along, inside } = originsOnPath(resource, path, below);
  return [...along, ...inside];
}

/** The origin lists along a path, and (with `below`) those inside the element it ends at. */
export function originsOnPath(resource: Resource, path: readonly (string | number)[], below = false): { along: Origin[][]; inside: Origin[][] } {
  const along: Origin[][] = [];
  const inside: Origin[][] = [];
  let node: SourceNode | undefined = resource.source;
  let complete = true;
  for (const segment of path) {
    const next: SourceNode | undefined = node?.children?.[String(segment)];
    if (!next) {
      complete = false;
      break;
    }
    node = next;
    if (node.origins?.length) along.push(node.origins);
  }
  if (below && complete && node) collectBelow(node, inside, 0);
  return { along, inside };
}

function collectBelow(node: SourceNode, out: Origin[][], depth: number): void {
  if (!node.children || depth > 32) return;
  for (const child of Object.values(node.children)) {
    if (child.origins?.length) out.push(child.origins);
    collectBelow(child, out, depth + 1);
  }
}

/** True when the path (or a prefix of it) is written in the source, i.e. the attribute is present. */
export function locateExact(resource: Resource, path: readonly (string | number)[]): Range | undefined {
  let node: SourceNode | undefined = resource.source;
  for (const segment of path) {
    node = node?.children?.[String(segment)];
    if (!node) return undefined;
  }
  return node?.range;
}

export type { Value };
