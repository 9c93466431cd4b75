/**
 * A template tree → model records: one per `Resources` entry (kind "resource"), per
 * `Parameters` entry (kind "parameter", type = the parameter's `Type`) and per `Outputs` entry
 * (kind "output"). Resource attributes (DeletionPolicy, UpdateReplacePolicy, UpdatePolicy,
 * CreationPolicy, Condition, DependsOn, Metadata) become the normalised `options`; `Properties`
 * become `attributes`, with SAM `Globals` merged in. Each `AWS::Include` transform is a record of
 * kind "module" (include.ts).
 *
 * AWS Rain directives (`{"Rain::Module": path}`, YAML `!Rain::Module path`, and `Rain::Embed`,
 * `Rain::S3`, ...) are not CloudFormation: only `rain pkg` expands them. A resource whose `Type`
 * is a Rain module is a warning at its logical ID and yields no record; any other directive
 * evaluates as an Unknown.
 */
import type { LineIndex } from "../../model/position.js";
import { buildResource, type Diagnostic, type Resource, type ResourceKind, type SourceNode } from "../../model/resource.js";
import type { ValueMap } from "../../model/value.js";
import { Evaluator, type ParameterInfo, type TemplateContext } from "./evaluate.js";
import { globalsFor, mergeGlobals } from "./globals.js";
import { includeRecords } from "./include.js";
import { child, entry, intrinsicName, rainDirective, stringOf, type TEntry, type TMap, type TNode } from "./tree.js";

/** Resource types that mark a template (third-party registry types only count alongside these). */
export const TEMPLATE_TYPE = /^(?:AWS|Custom|Alexa::ASK)::/;
export const SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

/** CloudFormation resource attribute → the model's option name. */
export const RESOURCE_OPTIONS: Readonly<Record<string, string>> = {
  DeletionPolicy: "deletionPolicy",
  UpdateReplacePolicy: "updateReplacePolicy",
  UpdatePolicy: "updatePolicy",
  CreationPolicy: "creationPolicy",
  Condition: "condition",
  DependsOn: "dependsOn",
  Metadata: "metadata",
};

function hasSamTransform(node: TNode | undefined): boolean {
  if (!node) return false;
  if (node.kind === "scalar") return node.value === SAM_TRANSFORM;
  if (node.kind === "seq") return node.items.some((i) => i.node.kind === "scalar" && i.node.value === SAM_TRANSFORM);
  return false;
}

/**
 * True when a document is a CloudFormation template: it has `AWSTemplateFormatVersion`, the SAM
 * transform, or a `Resources` map with an entry whose `Type` is `AWS::*`, `Custom::*` or
 * `Alexa::ASK::*`.
 */
export function isTemplate(root: TNode): root is TMap {
  if (root.kind !== "map") return false;
  if (entry(root, "AWSTemplateFormatVersion")) return true;
  if (hasSamTransform(child(root, "Transform"))) return true;
  const resources = child(root, "Resources");
  if (resources?.kind !== "map") return false;
  return resources.entries.some((e) => TEMPLATE_TYPE.test(stringOf(child(e.value, "Type")) ?? ""));
}

export class TemplateReader {
  private readonly ev: Evaluator;

  /**
   * Resources read from one template. CloudFormation accepts at most 500 per stack ("AWS
   * CloudFormation quotas": resources declared in a template); ten times that leaves room for
   * templates that a transform shrinks, while a generated or hostile template of 100,000 costs
   * bounded time and memory.
   */
  static readonly MAX_RESOURCES = 5000;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly lines: LineIndex,
    readonly root: TMap,
    readonly diagnostics: Diagnostic[],
  ) {
    const parameters = new Map<string, ParameterInfo>();
    for (const p of this.sectionEntries("Parameters")) {
      const info: ParameterInfo = {};
      const type = stringOf(child(p.value, "Type"));
      if (type !== undefined) info.type = type;
      const d = entry(p.value, "Default");
      if (d) info.defaultEntry = d;
      parameters.set(p.key, info);
    }
    const resources = new Set(this.sectionEntries("Resources").map((e) => e.key));
    const ctx: TemplateContext = { file, parameters, resources };
    const mappings = child(root, "Mappings");
    if (mappings) ctx.mappings = mappings;
    this.ev = new Evaluator(text, lines, ctx);
  }

  private sectionEntries(name: string): TEntry[] {
    const section = child(this.root, name);
    return section?.kind === "map" && !intrinsicName(section) ? section.entries : [];
  }

  records(): Resource[] {
    const out: Resource[] = [];
    for (const p of this.sectionEntries("Parameters")) {
      if (p.value.kind !== "map") {
        this.problem(p, `Parameter ${p.key} must be a mapping with a Type`);
        continue;
      }
      out.push(this.record("parameter", stringOf(child(p.value, "Type")) ?? "String", p, p.value, {}, {}));
    }
    const globals = child(this.root, "Globals");
    let declared = this.sectionEntries("Resources");
    if (declared.length > TemplateReader.MAX_RESOURCES) {
      this.problem(
        entry(this.root, "Resources")!,
        `The template declares ${declared.length} resources, far more than the 500 CloudFormation accepts in one stack; ` +
          `driftless read the first ${TemplateReader.MAX_RESOURCES} and skipped the rest. Split the template (nested stacks) or scan the templates it is generated from`,
        "warning",
      );
      declared = declared.slice(0, TemplateReader.MAX_RESOURCES);
    }
    for (const r of declared) {
      // `Fn::Transform` among the resources inserts resources from S3: an include record below.
      if (r.key === "Fn::Transform") continue;
      const resource = this.resource(r, globals);
      if (resource) out.push(resource);
    }
    out.push(...includeRecords(this.root, this.ev, this.file, this.lines));
    for (const o of this.sectionEntries("Outputs")) {
      if (o.value.kind !== "map") {
        this.problem(o, `Output ${o.key} must be a mapping with a Value`);
        continue;
      }
      out.push(this.record("output", "output", o, o.value, {}, {}));
    }
    return out;
  }

  private resource(r: TEntry, globals: TNode | undefined): Resource | undefined {
    const body = r.value;
    if (body.kind !== "map" || intrinsicName(body)) {
      this.problem(r, `Resource ${r.key} must be a mapping with a Type`);
      return undefined;
    }
    const typeNode = child(body, "Type");
    if (rainDirective(typeNode) === "Rain::Module") {
      const path = stringOf((typeNode as TMap).entries[0]!.value);
      this.problem(
        r,
        `Resource ${r.key} is a Rain module${path ? ` (${path})` : ""}, not plain CloudFormation; driftless does not expand Rain modules, ` +
          "so the resources it stands for were not scanned. Run `rain pkg` on the template and scan the packaged template instead",
        "warning",
      );
      return undefined;
    }
    const type = stringOf(typeNode);
    if (type === undefined) {
      this.problem(r, `Resource ${r.key} has no Type (a string such as AWS::S3::Bucket)`);
      return undefined;
    }
    const options: ValueMap = {};
    const optionNodes: Record<string, SourceNode> = {};
    for (const e of body.entries) {
      const name = RESOURCE_OPTIONS[e.key];
      if (!name) continue;
      const { value, node } = this.ev.entry(e);
      if (name === "dependsOn" && typeof value === "string") {
        options[name] = [value];
        optionNodes[name] = { ...node, children: { "0": this.ev.sourceNode(e.value.start, e.value.end, { value }) } };
      } else {
        options[name] = value;
        optionNodes[name] = node;
      }
    }
    let properties = child(body, "Properties");
    const global = globalsFor(globals, type);
    if (global) properties = mergeGlobals(global, properties);
    return this.record("resource", type, r, properties, options, optionNodes);
  }

  private record(
    kind: ResourceKind,
    type: string,
    key: TEntry,
    body: TNode | undefined,
    options: ValueMap,
    optionNodes: Record<string, SourceNode>,
  ): Resource {
    const { values, nodes } = this.ev.entries(body);
    return buildResource({
      format: "cloudformation",
      kind,
      type,
      name: key.key,
      file: this.file,
      range: this.lines.rangeOf(key.keyStart, Math.max(key.value.end, key.keyEnd)),
      header: this.lines.rangeOf(key.keyStart, key.keyEnd),
      attributes: values,
      attributeNodes: nodes,
      options,
      optionNodes,
    });
  }

  private problem(e: TEntry, message: string, severity: Diagnostic["severity"] = "error"): void {
    this.diagnostics.push({ file: this.file, range: this.lines.rangeOf(e.keyStart, e.keyEnd), severity, message });
  }
}
