import type { Level } from "./finding.js";
import type { Format } from "./resource.js";

/**
 * Everything a rule says about itself: what reporters and `driftless rules` / `explain` show.
 * Part of the model so that reporters depend on nothing but the model.
 */
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
