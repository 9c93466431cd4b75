/**
 * `AWS::Include` transforms as records: template snippets CloudFormation fetches from S3 and
 * inserts when a change set is created, so rules can judge where they come from (PIN-010).
 *
 * One record per include (kind `module`, type `AWS::Include`: code taken in from elsewhere, as a
 * Terraform module call is), wherever the template writes it:
 * - in the top-level `Transform` section (`Transform: { Name: AWS::Include, Parameters: ... }`,
 *   or an element of a `Transform` list): named `Transform`, header at the `Transform` key (an
 *   element of a list: its first line);
 * - as `Fn::Transform` anywhere else (a key of `Resources`, a property value, `Mappings`,
 *   `Outputs`): named by the resource whose logical ID holds it, else by the section and keys
 *   leading to it (`Resources`, `Mappings`, `Outputs.Url`); header at the `Fn::Transform` key.
 * The attributes are the transform's `Parameters` (`Location`), evaluated like properties, with
 * their positions. Other macros (`Fn::Transform` with another `Name`, the SAM transform) are not
 * includes and yield nothing.
 */
import { firstLineOf, type LineIndex, type Range } from "../../model/position.js";
import { buildResource, type Resource } from "../../model/resource.js";
import type { Evaluator } from "./evaluate.js";
import { child, stringOf, type TMap, type TNode } from "./tree.js";

export const INCLUDE = "AWS::Include";

export function includeRecords(root: TMap, ev: Evaluator, file: string, lines: LineIndex): Resource[] {
  const out: Resource[] = [];
  const record = (name: string, transform: TNode, range: Range, header: Range): void => {
    if (transform.kind !== "map" || stringOf(child(transform, "Name")) !== INCLUDE) return;
    const { values, nodes } = ev.entries(child(transform, "Parameters"));
    out.push(
      buildResource({
        format: "cloudformation",
        kind: "module",
        type: INCLUDE,
        name,
        file,
        range,
        header,
        attributes: values,
        attributeNodes: nodes,
        options: {},
        optionNodes: {},
      }),
    );
  };
  const firstLine = (start: number, end: number): Range => {
    const r = lines.rangeOf(start, end);
    return firstLineOf(r, lines.lineText(r.start.line));
  };

  // Anywhere below a section: every `Fn::Transform` key, named by its resource or its path.
  const walk = (node: TNode, path: string[], depth: number): void => {
    if (depth > 64) return;
    if (node.kind === "seq") {
      node.items.forEach((item) => walk(item.node, path, depth + 1));
      return;
    }
    if (node.kind !== "map") return;
    for (const e of node.entries) {
      if (e.key === "Fn::Transform") {
        const name = path[0] === "Resources" && path.length > 1 ? path[1]! : path.join(".");
        record(name, e.value, lines.rangeOf(e.keyStart, Math.max(e.value.end, e.keyEnd)), lines.rangeOf(e.keyStart, e.keyEnd));
        continue;
      }
      walk(e.value, path.length < 2 ? [...path, e.key] : path, depth + 1);
    }
  };

  for (const section of root.entries) {
    if (section.key === "Parameters" || section.key === "AWSTemplateFormatVersion") continue;
    if (section.key === "Transform") {
      const header = lines.rangeOf(section.keyStart, section.keyEnd);
      const value = section.value;
      if (value.kind === "map") record("Transform", value, lines.rangeOf(section.keyStart, value.end), header);
      else if (value.kind === "seq") for (const item of value.items) record("Transform", item.node, lines.rangeOf(item.start, item.node.end), firstLine(item.start, item.node.end));
      continue;
    }
    walk(section.value, [section.key], 0);
  }
  return out;
}
