/**
 * Units of work: what gives values their meaning, and so what a scanner is handed at once.
 *
 * - A Terraform module: one directory's `.tf` and `.tf.json` files with the variable files
 *   Terraform loads by itself (`terraform.tfvars`, `terraform.tfvars.json`, then
 *   `*.auto.tfvars` / `*.auto.tfvars.json` in lexical order; see
 *   https://developer.hashicorp.com/terraform/language/values/variables#variable-definition-precedence).
 *   Local modules it calls are read by the scanner through the reader.
 * - A CloudFormation template: one file.
 * - A Pulumi project: the folder of a Node.js `Pulumi.yaml` with its TypeScript files (the
 *   project file stands for its `package.json` and lock file). A TypeScript file that imports
 *   `@pulumi/*` outside any project is a program of its own.
 *
 * When files are named on the command line (a pre-commit hook passes the staged ones), each is
 * evaluated within its whole unit, and `scope` lists the files whose findings are reported.
 */
import { dirname } from "node:path";
import { LOCK_FILE_NAMES } from "./classify.js";
import type { DiscoveredFile } from "./discover.js";
import type { Reader } from "./reader.js";

/** A file of a unit: repository-relative path (forward slashes) and absolute path. */
export interface UnitFile {
  path: string;
  absolutePath: string;
}

export interface TerraformUnit {
  kind: "terraform";
  /** Repository-relative directory of the module (`.` for the root). */
  dir: string;
  absoluteDir: string;
  /** The module's `.tf` and `.tf.json` files, by name. */
  files: UnitFile[];
  /** The variable files Terraform loads for this directory, in its order. */
  varFiles: UnitFile[];
}

export interface CloudFormationUnit {
  kind: "cloudformation";
  file: UnitFile;
}

export interface PulumiUnit {
  kind: "pulumi";
  /** The project folder (the folder of the file, for a program outside any project). */
  dir: string;
  absoluteDir: string;
  /** The `Pulumi.yaml`; absent for a program outside any project. */
  project?: UnitFile;
  /** The program's TypeScript files, by path. */
  files: UnitFile[];
}

/** An input of the change gate (a plan, change set, drift result or preview): read by `src/gate/`, not by a scanner. */
export interface ChangesUnit {
  kind: "changes";
  file: UnitFile;
}

export type Unit = TerraformUnit | CloudFormationUnit | PulumiUnit | ChangesUnit;

export interface UnitPlan {
  units: Unit[];
  /**
   * Repository paths whose findings are reported, when files were named on the command line;
   * undefined means every finding of every unit.
   */
  scope?: Set<string>;
}

/** `terraform.tfvars(.json)` first, then `*.auto.tfvars(.json)` by name: Terraform's automatic loading. */
export function isAutoVarFile(name: string): boolean {
  return name === "terraform.tfvars" || name === "terraform.tfvars.json" || name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json");
}

function autoVarOrder(a: UnitFile, b: UnitFile): number {
  const rank = (f: UnitFile): number => {
    const name = baseName(f.path);
    return name === "terraform.tfvars" ? 0 : name === "terraform.tfvars.json" ? 1 : 2;
  };
  return rank(a) - rank(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

function sibling(path: string, name: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? name : `${path.slice(0, i + 1)}${name}`;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function parentPath(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "." : path.slice(0, i);
}

const byPath = (a: UnitFile, b: UnitFile): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export interface GroupOptions {
  /**
   * Every file is a unit of its own (rule fixtures: a positive and a negative fixture share a
   * folder but must not share variables).
   */
  filePerUnit?: boolean;
}

/**
 * Groups discovered files into units. With files named on the command line, `scope` holds the
 * paths whose findings are reported: a named `.tfvars`, `Pulumi.yaml` (or the `package.json` or
 * lock file standing for it) puts its whole unit in scope; other named files put themselves.
 * Discovery has already brought in the rest of each named file's unit.
 */
export function formUnits(files: readonly DiscoveredFile[], reader: Reader, options: GroupOptions = {}): UnitPlan {
  const units: Unit[] = [];
  const terraform = new Map<string, TerraformUnit>();
  const pulumi = new Map<string, PulumiUnit>();
  const unitOf = new Map<string, Unit>();

  for (const f of [...files].sort(byPath)) {
    const file: UnitFile = { path: f.path, absolutePath: f.absolutePath };
    let unit: Unit;
    switch (f.kind) {
      case "terraform":
      case "terraform-json":
      case "tfvars": {
        const key = options.filePerUnit ? f.absolutePath : dirname(f.absolutePath);
        let u = terraform.get(key);
        if (!u) {
          u = { kind: "terraform", dir: parentPath(f.path), absoluteDir: dirname(f.absolutePath), files: [], varFiles: [] };
          terraform.set(key, u);
          units.push(u);
        }
        if (f.kind !== "tfvars") u.files.push(file);
        else if (isAutoVarFile(baseName(f.path)) && !options.filePerUnit) u.varFiles.push(file);
        unit = u;
        break;
      }
      case "cloudformation":
        unit = { kind: "cloudformation", file };
        units.push(unit);
        break;
      case "changes":
        unit = { kind: "changes", file };
        units.push(unit);
        break;
      case "pulumi":
      case "pulumi-project": {
        const inProject = f.projectDir !== undefined && !options.filePerUnit;
        const absoluteDir = inProject ? f.projectDir! : dirname(f.absolutePath);
        const key = inProject || f.kind === "pulumi-project" ? absoluteDir : f.absolutePath;
        let u = pulumi.get(key);
        if (!u) {
          u = { kind: "pulumi", dir: reader.repoPath(absoluteDir), absoluteDir, files: [] };
          pulumi.set(key, u);
          units.push(u);
        }
        if (f.kind === "pulumi-project") u.project = file;
        else u.files.push(file);
        unit = u;
        break;
      }
    }
    unitOf.set(f.absolutePath, unit);
  }
  for (const u of terraform.values()) u.varFiles.sort(autoVarOrder);
  // A folder of variable files only is not a module: nothing to evaluate them against.
  const kept = units.filter((u) => u.kind !== "terraform" || u.files.length > 0);

  const named = files.filter((f) => f.named);
  if (named.length === 0) return { units: kept };
  const scope = new Set<string>();
  for (const f of named) {
    const unit = unitOf.get(f.absolutePath);
    if (!unit) continue;
    if (f.kind === "tfvars" || f.kind === "pulumi-project" || f.bringsUnit) {
      for (const path of unitPaths(unit)) scope.add(path);
      // A Pulumi project's record lives in its package.json (dependencies, lock file).
      if (unit.kind === "pulumi" && unit.project) for (const name of ["package.json", ...LOCK_FILE_NAMES]) scope.add(sibling(unit.project.path, name));
    } else scope.add(f.path);
  }
  // A folder named beside the files (`scan infra/ b.tf`) is reported whole.
  for (const f of files) if (f.walked) scope.add(f.path);
  return { units: kept, scope };
}

/** The repository paths of every file a unit analyses. */
export function unitPaths(unit: Unit): string[] {
  switch (unit.kind) {
    case "terraform":
      return [...unit.files, ...unit.varFiles].map((f) => f.path);
    case "cloudformation":
    case "changes":
      return [unit.file.path];
    case "pulumi":
      return [...(unit.project ? [unit.project] : []), ...unit.files].map((f) => f.path);
  }
}
