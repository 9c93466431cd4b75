import type { RuleMeta } from "../model/rule-meta.js";
import type { Format, ResourceKind } from "../model/resource.js";
import type { Value } from "../model/value.js";

export type { RuleMeta };

/** A reference like `$item.from_port`; every other string is a literal (`$$` escapes a `$`). */
export type Operand = Value;

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { present: string }
  | { absent: string }
  | { equals: [Operand, Operand] }
  | { in: [Operand, Operand] }
  | { matches: [Operand, string] }
  | { truthy: Operand }
  | { call: string; args: Operand[] }
  | { some: string; as?: string; when?: Condition }
  | { none: string; as?: string; when?: Condition }
  | { every: string; as?: string; when?: Condition };

/**
 * Records of the same unit related to the selected one by a reference (Terraform references,
 * CloudFormation `Ref`/`Fn::GetAtt`/`${X}`, Pulumi variables and their outputs), narrowed like a
 * selector; `via` keeps only references that sit under these attribute paths of the referring
 * record (`attributes.bucket`, `attributes.launch_template[*].id`).
 */
export interface RelationSelector {
  format?: Format | Format[];
  kind?: ResourceKind | ResourceKind[];
  type?: string | string[];
  via?: string | string[];
}

/** `referenced-by`: records whose attributes refer to this one; `references`: records this one's attributes refer to. */
export type Relation = { "referenced-by": RelationSelector } | { references: RelationSelector };

/** A rule parameter: `$params.NAME` in checks; overridable by configuration, validated against `schema`. */
export interface RuleParam {
  description: string;
  /** JSON Schema (draft-07) of the value. */
  schema: object;
  /** The value when nothing overrides it (a `$sets.NAME` default is already expanded). */
  default: Value;
}

export interface Selector {
  format?: Format | Format[];
  kind?: ResourceKind | ResourceKind[];
  /** Exact names or globs (`kubernetes_*`); matched against the canonical type. */
  type?: string | string[];
  /** Paths to iterate for resources this selector matches (overrides the check's `each`). */
  each?: string | string[];
}

/** Named values computed per resource / item: a reference, or a library function call. */
export type Binding = Operand | { call: string; args: Operand[] };

export interface Check {
  /** One selector, or several (each with its own `each` paths) sharing the rest of the check. */
  select: Selector | Selector[];
  /** Paths to iterate (`attributes.ingress[*]`); each match binds `as` (default `item`). */
  each?: string | string[];
  as?: string;
  let?: Record<string, Binding>;
  /** Related records, bound by name as lists of `{ attributes, options, resource }`. */
  related?: Record<string, Relation>;
  /** Without a condition, every selected resource (or item) is a finding: its existence is the problem. */
  when?: Condition;
  /** Reference whose source position is the finding's location; default: the item, else the header. */
  at?: string;
  message: string;
}

export interface Rule extends RuleMeta {
  checks: Check[];
  /** Declared parameters (with their defaults); `paramValues` holds what this run uses. */
  params: Record<string, RuleParam>;
  /** The parameter values in force: defaults, overridden by configuration. */
  paramValues: Record<string, Value>;
  /** Named sets (`rules/sets/*.yaml`) the rule may read as `$sets.NAME`. */
  sets: Readonly<Record<string, Value[]>>;
  /** `element`: one finding per resource and element; `resource`: one per resource, the rest as related locations. */
  onePer: "element" | "resource";
}
