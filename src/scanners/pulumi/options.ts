/**
 * Pulumi resource options (the third constructor argument) in the model's option vocabulary.
 * Pulumi's own names already are that vocabulary (`ignoreChanges`, `protect`, `retainOnDelete`,
 * `deleteBeforeReplace`, `replaceOnChanges`, `dependsOn`, `parent`, `provider`, `aliases`,
 * `customTimeouts`), so keys are kept as written, values evaluated (references to resources are
 * Unknown with their text), and `ignoreChanges` paths are left as written (`["*"]`,
 * `["tags", "userData"]`). Each option's source node is its property in the options object.
 */
import type { ts as TS } from "ts-morph";
import type { SourceNode } from "../../model/resource.js";
import { isValueMap, unknown, type ValueMap } from "../../model/value.js";
import { plainChildren } from "./convert.js";
import type { Evaluator } from "./evaluate.js";
import type { ParsedFile } from "./load.js";

export function resourceOptions(ev: Evaluator, expr: TS.Expression, file: ParsedFile): { options: ValueMap; nodes: Record<string, SourceNode> } {
  const result = ev.evaluate(expr, file);
  if (isValueMap(result.value)) return { options: result.value, nodes: plainChildren(result.node.children) };
  if (result.value === undefined || result.value === null) return { options: {}, nodes: {} };
  // Options not known statically (`opts` passed through a component): every option reads as Unknown.
  return { options: unknown(ev.text(expr, file), { reason: "resource options not known statically" }) as unknown as ValueMap, nodes: {} };
}
