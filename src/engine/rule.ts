import type { Level } from "../model/finding.js";
import type { Format, ResourceKind } from "../model/resource.js";
import type { Value } from "../model/value.js";

/** Everything a rule says about itself; what reporters and `driftless rules/explain` show. */
export interface RuleMeta {
  id: string;
  title: string;
  level: Level;
  /** SARIF `security-severity`: a numeric string in (0, 10]. */
  securitySeverity: string;
  precision: "very-high" | "high" | "medium" | "low";
  tags: string[];
  formats: Format[];
  enabled: boolean;
  description: string;
  remediation: string;
  /** Corrected example per format (markdown code in help text). */
  examples: Partial<Record<Format, string>>;
  references: string[];
  helpUri?: string;
  /** Where the rule came from: the YAML file (built-in or --rules DIR). */
  sourceFile: string;
}

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
  | { call: string; args: Operand[] };

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
  /** Without a condition, every selected resource (or item) is a finding: its existence is the problem. */
  when?: Condition;
  /** Reference whose source position is the finding's location; default: the item, else the header. */
  at?: string;
  message: string;
}

export interface Rule extends RuleMeta {
  checks: Check[];
}
