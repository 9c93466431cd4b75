/**
 * The project record of a Terraform module folder: what is true of the folder as a whole, for
 * rules about toolchain and provider pinning (PIN-003) and the dependency lock file (PIN-004).
 *
 * One record per module folder of the scan (`kind: "project"`, `type: "terraform_module"`,
 * named by the folder), with the attributes:
 * - `root`: the folder is a root module: no other folder of the scan calls it through a local
 *   path, and it configures a backend (`backend` or `cloud` in a `terraform` block) or a
 *   provider (a top-level `provider` block). A reusable module declares requirements but
 *   configures neither.
 * - `called`: another folder of the scan calls it (a module, whatever blocks it has).
 * - `backend`: the backend type (`s3`, `cloud` for HCP Terraform), or null.
 * - `lock_file`: `.terraform.lock.hcl` exists beside the configuration.
 * - `settings`: the folder's `terraform` blocks merged: `required_version` (a string) and
 *   `required_providers` (local name → `{ source, version }`; the legacy `aws = "~> 5.0"` form
 *   reads as `{ source: null, version: "~> 5.0" }`). Absent when the folder has no `terraform`
 *   block; `required_version` / `required_providers` absent when not written.
 * - `providers_used`: local provider name → the address of the first block that uses it: the
 *   type prefix of a resource or data source (`aws` of `aws_instance`) or its `provider`
 *   meta-argument (`google-beta` of `google-beta.west`), a `provider` block, a provider passed to
 *   a module call (`providers = { aws = aws.west }`). The built-in `terraform` provider
 *   (`terraform_data`, `terraform_remote_state`) needs no requirement and is left out.
 *
 * The record lives where a fix goes: in the file of the folder's settings (the `terraform` block
 * with `required_providers`, else with `required_version`, else the first `terraform` block),
 * or in the folder's first file when it has none; its header is that file's line 1. The
 * `settings` node is the `terraform {` line of that block (what a missing setting points at);
 * `settings.required_providers` the `required_providers {` line; each written entry, version and
 * `required_version` its own element. Settings written in another `terraform` block of another
 * file are merged into the values but have no position (a finding on them lands on line 1).
 *
 * The terraform block is constant in Terraform (no references), so the values are read from the
 * syntax tree directly; an expression where a literal is required reads as an Unknown.
 */
import { join } from "node:path";
import type { Reader } from "../../discover/reader.js";
import { range as rangeOf, type Range } from "../../model/position.js";
import { buildResource, type Resource, type SourceNode } from "../../model/resource.js";
import { unknown, type Value, type ValueMap } from "../../model/value.js";
import type { Attribute, Block, Expr } from "./ast.js";
import type { ModuleConfig } from "./module.js";
import type { ParsedFile } from "./parse.js";
import { staticString } from "./records.js";

export const LOCK_FILE = ".terraform.lock.hcl";

/** Provider local names Terraform provides itself: never in `required_providers`. */
const BUILTIN_PROVIDERS = new Set(["terraform"]);

interface SettingsBlock {
  block: Block;
  file: ParsedFile;
}

/**
 * The project record of one module folder (`dir`: its repository path) as no other folder calls
 * it; `asCalledModule` makes it a called one's.
 */
export function projectRecord(config: ModuleConfig, dir: string, reader: Reader): Resource | undefined {
  const files = config.files;
  if (files.length === 0) return undefined;
  const settings: SettingsBlock[] = [];
  let backend: string | null = null;
  let hasProviderBlock = false;
  const used: ValueMap = {};
  const use = (name: string | undefined, by: string): void => {
    if (!name || BUILTIN_PROVIDERS.has(name) || name in used) return;
    used[name] = by;
  };
  for (const file of files) {
    for (const item of file.body.items) {
      if (item.type !== "block") continue;
      const labels = item.labels.map((l) => l.value);
      switch (item.blockType) {
        case "terraform":
          settings.push({ block: item, file });
          for (const inner of item.body.items) {
            if (inner.type !== "block") continue;
            if (inner.blockType === "backend" && backend === null) backend = inner.labels[0]?.value ?? "backend";
            else if (inner.blockType === "cloud" && backend === null) backend = "cloud";
          }
          break;
        case "provider":
          hasProviderBlock = true;
          use(labels[0], `provider "${labels[0]}"`);
          break;
        case "resource":
        case "data": {
          if (labels.length !== 2) break;
          const address = `${item.blockType === "data" ? "data." : ""}${labels[0]}.${labels[1]}`;
          const meta = attribute(item, "provider");
          use(meta ? providerName(meta.expr, file) : typePrefix(labels[0]!), address);
          break;
        }
        case "module": {
          const providers = attribute(item, "providers");
          if (providers?.expr.kind !== "object") break;
          for (const entry of providers.expr.items) use(providerName(entry.value, file), `module.${labels[0]}`);
          break;
        }
        default:
          break;
      }
    }
  }

  // The block a fix edits: the one with required_providers, else required_version, else the first.
  const has = (s: SettingsBlock, name: string): boolean => s.block.body.items.some((i) => (i.type === "block" ? i.blockType : i.name) === name);
  const home = settings.find((s) => has(s, "required_providers")) ?? settings.find((s) => has(s, "required_version")) ?? settings[0];
  const recordFile = home?.file ?? files[0]!;
  const header = firstLine(recordFile);

  const attributes: ValueMap = {
    root: backend !== null || hasProviderBlock,
    called: false,
    backend,
    lock_file: reader.existsInside(join(config.absoluteDir, LOCK_FILE)),
    providers_used: used,
  };
  // Folder-wide facts have no element of their own: a finding on them lands on line 1.
  const nodes: Record<string, SourceNode> = {};
  if (home) {
    const merged: ValueMap = {};
    const own = (s: SettingsBlock): boolean => s.file === recordFile;
    const homeRange = headerRange(home.block, home.file);
    const settingsNode: SourceNode = { range: homeRange, header: homeRange, children: {} };
    // The home block first: where a setting is written twice, its position is the one kept.
    for (const s of [home, ...settings.filter((x) => x !== home)]) readSettings(s, merged, own(s) ? settingsNode.children! : undefined);
    attributes.settings = merged;
    nodes.settings = settingsNode;
  }
  const name = dir === "" ? "." : dir;
  return buildResource({
    format: "terraform",
    kind: "project",
    type: "terraform_module",
    name,
    file: recordFile.path,
    range: header,
    header,
    attributes,
    attributeNodes: nodes,
    options: {},
    optionNodes: {},
  });
}

/** Reads one `terraform` block's `required_version` and `required_providers` into the merged settings. */
function readSettings({ block, file }: SettingsBlock, merged: ValueMap, nodes: Record<string, SourceNode> | undefined): void {
  for (const item of block.body.items) {
    if (item.type === "attribute" && item.name === "required_version") {
      if ("required_version" in merged) continue;
      merged.required_version = literal(item.expr, file);
      if (nodes) nodes.required_version = { range: file.lines.rangeOf(item.start, item.end) };
      continue;
    }
    if (item.type !== "block" || item.blockType !== "required_providers") continue;
    const providers = (merged.required_providers ??= {}) as ValueMap;
    let listNode = nodes?.required_providers;
    if (nodes && !listNode) {
      const r = headerRange(item, file);
      listNode = nodes.required_providers = { range: r, header: r, children: {} };
    }
    for (const entry of item.body.items) {
      if (entry.type !== "attribute" || entry.name in providers) continue;
      const { value, node } = requirement(entry, file);
      providers[entry.name] = value;
      if (listNode) listNode.children![entry.name] = node;
    }
  }
}

/** One `required_providers` entry: `{ source = "...", version = "..." }`, or the legacy version string. */
function requirement(entry: Attribute, file: ParsedFile): { value: ValueMap; node: SourceNode } {
  const range = file.lines.rangeOf(entry.start, entry.end);
  const expr = entry.expr;
  if (expr.kind === "object") {
    const value: ValueMap = { source: null, version: null };
    const children: Record<string, SourceNode> = {};
    for (const item of expr.items) {
      const key = objectKey(item.key, file);
      if (key === undefined) continue;
      if (key === "configuration_aliases") continue;
      value[key] = literal(item.value, file);
      children[key] = { range: file.lines.rangeOf(item.start, item.end) };
    }
    return { value, node: { range, children } };
  }
  // `aws = "~> 5.0"`: the version alone (before Terraform 0.13); the entry is the version.
  return { value: { source: null, version: literal(expr, file) }, node: { range, children: { version: { range } } } };
}

function objectKey(key: Expr, file: ParsedFile): string | undefined {
  if (key.kind === "variable") return key.name;
  return staticString(key, file);
}

/** A literal string (what the terraform block requires), else an Unknown showing the expression. */
function literal(expr: Expr, file: ParsedFile): Value {
  const text = staticString(expr, file);
  if (text !== undefined) return text;
  const written = (expr.kind === "template" && expr.space ? expr.space.text : file.text).slice(expr.start, expr.end);
  return unknown(written, { reason: "Terraform requires a literal string here" });
}

/** `aws` of `aws.west`, `google-beta` of `google-beta` (an expression, or a string in JSON). */
function providerName(expr: Expr, file: ParsedFile): string | undefined {
  let e: Expr = expr;
  while (e.kind === "getattr" || e.kind === "index") e = e.target;
  if (e.kind === "variable") return e.name;
  const text = staticString(expr, file);
  return text === undefined ? undefined : text.split(".")[0];
}

/** The provider a resource type belongs to by default: `aws` of `aws_instance`, `null` of `null_resource`. */
function typePrefix(type: string): string {
  const i = type.indexOf("_");
  return i < 0 ? type : type.slice(0, i);
}

function attribute(block: Block, name: string): Attribute | undefined {
  return block.body.items.find((i): i is Attribute => i.type === "attribute" && i.name === name);
}

function headerRange(block: Block, file: ParsedFile): Range {
  return file.lines.rangeOf(block.start, block.headerEnd);
}

function firstLine(file: ParsedFile): Range {
  return rangeOf(1, 1, 1, file.lines.lineText(1).length + 1);
}

/**
 * The lock-file record of a module folder (`kind: "project"`, `type: "terraform_lock_file"`):
 * `root` and `lock_file` as in the project record, located where a repository-level finding
 * goes by the catalog's location convention: line 1 of the folder's first `.tf` file (by name).
 */
export function lockFileRecord(project: Resource, config: ModuleConfig): Resource {
  const first = config.files[0]!;
  const header = firstLine(first);
  return buildResource({
    format: "terraform",
    kind: "project",
    type: "terraform_lock_file",
    name: project.name,
    file: first.path,
    range: header,
    header,
    attributes: { root: project.attributes.root ?? false, lock_file: project.attributes.lock_file ?? false },
    attributeNodes: {},
    options: {},
    optionNodes: {},
  });
}

/**
 * A folder's project record and its lock file record (`projectRecord`, `lockFileRecord`) once
 * another folder of the scan turns out to call it: a module, never a root; the rest alike.
 */
export function asCalledModule(records: Resource[]): Resource[] {
  for (const record of records) {
    record.attributes.root = false;
    if (record.type === "terraform_module") record.attributes.called = true;
  }
  return records;
}
