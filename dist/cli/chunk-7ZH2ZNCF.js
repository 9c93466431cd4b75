import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  peekText,
  specialKind
} from "./chunk-UGPQBD7R.js";
import {
  require_picomatch
} from "./chunk-LZYLFCTU.js";
import {
  range
} from "./chunk-2CLBPXII.js";
import {
  require_ignore
} from "./chunk-VOS3E25W.js";
import {
  __toESM
} from "./chunk-WV4KQOO6.js";

// src/discover/sniff.ts
var TEMPLATE_VERSION = /(?:^|[\s{,])["']?AWSTemplateFormatVersion["']?[ \t]*:/m;
var SAM_TRANSFORM = /AWS::Serverless-2016-10-31/;
var RESOURCES_KEY = /^["']?Resources["']?[ \t]*:|"Resources"\s*:/m;
var RESOURCE_TYPE = /["']?Type["']?\s*:\s*["']?(?:AWS|Custom|Alexa::ASK)::/;
function looksLikeCloudFormation(text) {
  if (TEMPLATE_VERSION.test(text)) return true;
  if (SAM_TRANSFORM.test(text) && RESOURCES_KEY.test(text)) return true;
  return RESOURCES_KEY.test(text) && RESOURCE_TYPE.test(text);
}
var PULUMI_IMPORT = /^[ \t]*(?:import|export)\b[^;'"`]*?\bfrom[ \t]*["']@pulumi\/|^[ \t]*import[ \t]*["']@pulumi\//m;
var PULUMI_REQUIRE = /^[ \t]*(?:(?:export[ \t]+)?(?:const|let|var)[ \t]+[^=\n]+=[ \t]*)?require\([ \t]*["']@pulumi\//m;
function importsPulumi(text) {
  return text.includes("@pulumi/") && (PULUMI_IMPORT.test(text) || PULUMI_REQUIRE.test(text));
}
var RUNTIME_INLINE = /^runtime[ \t]*:[ \t]*(?:["']?nodejs["']?[ \t]*(?:#.*)?$|\{[^}\n]*\bname[ \t]*:[ \t]*["']?nodejs\b)/m;
var RUNTIME_BLOCK = /^runtime[ \t]*:[ \t]*(?:#.*)?\r?\n(?:[ \t]+.*\r?\n|[ \t]*\r?\n)*?[ \t]+name[ \t]*:[ \t]*["']?nodejs\b/m;
function isNodejsPulumiProject(text) {
  return RUNTIME_INLINE.test(text) || RUNTIME_BLOCK.test(text);
}
function looksLikeChangeInput(text) {
  if (/"format_version"\s*:/.test(text) && /"(?:resource_changes|resource_drift|planned_values)"\s*:/.test(text)) return true;
  if (/"StackResourceDrifts?"\s*:/.test(text)) return true;
  if (/"Changes"\s*:/.test(text) && /"ChangeSet(?:Id|Name)"\s*:/.test(text)) return true;
  return /"steps"\s*:/.test(text) && /"urn"\s*:\s*"urn:pulumi:/.test(text);
}

// src/discover/classify.ts
var NOT_TEMPLATES = /* @__PURE__ */ new Set([
  "package.json",
  "package-lock.json",
  "npm-shrinkwrap.json",
  "pnpm-lock.yaml",
  "pnpm-workspace.yaml",
  "composer.json",
  "composer.lock",
  "tsconfig.json",
  "jsconfig.json",
  "deno.json",
  "lerna.json",
  "nx.json",
  "turbo.json",
  "renovate.json",
  ".eslintrc.json",
  ".prettierrc.json",
  ".babelrc.json",
  ".pre-commit-config.yaml",
  ".pre-commit-hooks.yaml",
  ".driftless.yaml",
  "cdk.json",
  "cdk.context.json"
]);
var LOCK_FILE_NAMES = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "bun.lock"];
var PULUMI_PROJECT_FILES = ["Pulumi.yaml", "Pulumi.yml"];
var FILE_KINDS = [
  { kind: "tfvars", suffixes: [".tfvars.json", ".tfvars"] },
  { kind: "terraform-json", suffixes: [".tf.json"] },
  { kind: "terraform", suffixes: [".tf"] },
  {
    kind: "cloudformation",
    suffixes: [".template", ".yaml", ".json", ".yml"],
    sniff: looksLikeCloudFormation,
    neverNames: NOT_TEMPLATES
  },
  // Plans and previews are JSON of any name (`plan.json`, `tfplan.json`): told by content, after
  // the template check (a template is never a plan).
  { kind: "changes", suffixes: [".json"], sniff: looksLikeChangeInput, neverNames: NOT_TEMPLATES },
  { kind: "pulumi-project", suffixes: [], names: PULUMI_PROJECT_FILES, sniff: isNodejsPulumiProject },
  {
    kind: "pulumi",
    suffixes: [".ts"],
    excludeSuffixes: [".d.ts"],
    sniff: importsPulumi,
    project: { names: PULUMI_PROJECT_FILES, accepts: isNodejsPulumiProject }
  }
];
function candidatePatterns() {
  const patterns = /* @__PURE__ */ new Set();
  for (const rule of FILE_KINDS) {
    for (const suffix of rule.suffixes) patterns.add(`**/*${suffix}`);
    for (const name of rule.names ?? []) patterns.add(`**/${name}`);
  }
  return [...patterns];
}
function baseName(path) {
  const normal = path.replace(/\\/g, "/");
  return normal.slice(normal.lastIndexOf("/") + 1);
}
function kindRule(path) {
  return kindRules(path)[0] ?? null;
}
function kindRules(path) {
  const name = baseName(path).toLowerCase();
  const byName = FILE_KINDS.find((rule) => rule.names?.some((n) => n.toLowerCase() === name));
  if (byName) return [byName];
  let best = [];
  let length = 0;
  for (const rule of FILE_KINDS) {
    if (rule.excludeSuffixes?.some((suffix) => name.endsWith(suffix))) continue;
    for (const suffix of rule.suffixes) {
      if (name.length <= suffix.length || !name.endsWith(suffix)) continue;
      if (suffix.length > length) {
        best = [rule];
        length = suffix.length;
      } else if (suffix.length === length && !best.includes(rule)) best.push(rule);
    }
  }
  return best.filter((rule) => !rule.neverNames?.has(name) && !(rule.neverNames && /^tsconfig\..*\.json$/.test(name)));
}
function classify(path, text) {
  for (const rule of kindRules(path)) {
    if (!rule.sniff) return rule.kind;
    if (text !== void 0 && rule.sniff(text)) return rule.kind;
  }
  return null;
}

// src/discover/units.ts
import { dirname } from "node:path";
function isAutoVarFile(name) {
  return name === "terraform.tfvars" || name === "terraform.tfvars.json" || name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json");
}
function autoVarOrder(a, b) {
  const rank = (f) => {
    const name = baseName2(f.path);
    return name === "terraform.tfvars" ? 0 : name === "terraform.tfvars.json" ? 1 : 2;
  };
  return rank(a) - rank(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function sibling(path, name) {
  const i = path.lastIndexOf("/");
  return i < 0 ? name : `${path.slice(0, i + 1)}${name}`;
}
function baseName2(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function parentPath(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "." : path.slice(0, i);
}
var byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
function formUnits(files, reader, options = {}) {
  const units = [];
  const terraform = /* @__PURE__ */ new Map();
  const pulumi = /* @__PURE__ */ new Map();
  const unitOf = /* @__PURE__ */ new Map();
  for (const f of [...files].sort(byPath)) {
    const file = { path: f.path, absolutePath: f.absolutePath };
    let unit;
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
        else if (isAutoVarFile(baseName2(f.path)) && !options.filePerUnit) u.varFiles.push(file);
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
        const inProject = f.projectDir !== void 0 && !options.filePerUnit;
        const absoluteDir = inProject ? f.projectDir : dirname(f.absolutePath);
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
  const kept = units.filter((u) => u.kind !== "terraform" || u.files.length > 0);
  const named = files.filter((f) => f.named);
  if (named.length === 0) return { units: kept };
  const scope = /* @__PURE__ */ new Set();
  for (const f of named) {
    const unit = unitOf.get(f.absolutePath);
    if (!unit) continue;
    if (f.kind === "tfvars" || f.kind === "pulumi-project" || f.bringsUnit) {
      for (const path of unitPaths(unit)) scope.add(path);
      if (unit.kind === "pulumi" && unit.project) for (const name of ["package.json", ...LOCK_FILE_NAMES]) scope.add(sibling(unit.project.path, name));
    } else scope.add(f.path);
  }
  for (const f of files) if (f.walked) scope.add(f.path);
  return { units: kept, scope };
}
function unitPaths(unit) {
  switch (unit.kind) {
    case "terraform":
      return [...unit.files, ...unit.varFiles].map((f) => f.path);
    case "cloudformation":
    case "changes":
      return [unit.file.path];
    case "pulumi":
      return [...unit.project ? [unit.project] : [], ...unit.files].map((f) => f.path);
  }
}

// src/discover/discover.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import * as fs from "node:fs";
import { readdirSync as readdirSync2, statSync as statSync3 } from "node:fs";
import { basename, dirname as dirname4, join as join3, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";

// src/discover/gitignore.ts
var import_ignore = __toESM(require_ignore(), 1);
import { readFileSync } from "node:fs";
import { dirname as dirname3, join as join2, relative, resolve as resolve2, sep } from "node:path";

// src/discover/root.ts
import { statSync } from "node:fs";
import { dirname as dirname2, join, resolve } from "node:path";
function findRepositoryRoot(startDir, fallback = process.cwd()) {
  return repositoryRootOf(startDir) ?? resolve(fallback);
}
function repositoryRootOf(startDir) {
  let dir = resolve(startDir);
  for (; ; ) {
    try {
      statSync(join(dir, ".git"));
      return dir;
    } catch {
    }
    const parent = dirname2(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}

// src/discover/gitignore.ts
var GitIgnores = class {
  /**
   * `folder`: the absolute path of the folder about to be walked. `matters(name)`: whether a file
   * of that name could be kept at all (others are passed through unmatched: the walk's patterns
   * drop them anyway).
   */
  constructor(folder, matters) {
    this.matters = matters;
    const walked = resolve2(folder);
    this.base = repositoryRootOf(walked) ?? walked;
    if (walked !== this.base) this.chainOf(dirname3(walked), void 0);
  }
  matters;
  /** Where the rules are anchored: the repository root, else the walked folder. */
  base;
  /** The ignore files in force in each folder listed (or above the walked one), shallowest first. */
  chains = /* @__PURE__ */ new Map();
  /** The entries of `dir` (an absolute path, just listed) that no ignore file in force ignores. */
  filter(dir, entries) {
    const absolute = resolve2(dir);
    const chain = this.chainOf(absolute, entries.some((e) => e.name === ".gitignore" && !e.isDirectory()));
    if (chain.length === 0) return entries;
    const at = this.relative(absolute);
    return entries.filter((entry) => {
      const folder = entry.isDirectory();
      if (!folder && !this.matters(entry.name)) return true;
      const path = at + entry.name + (folder ? "/" : "");
      let ignored = false;
      for (const file of chain) {
        const result = file.rules.test(path.slice(file.prefix.length));
        if (result.ignored) ignored = true;
        else if (result.unignored) ignored = false;
      }
      return !ignored;
    });
  }
  /**
   * The ignore files in force in `dir`: its parent's, then its own. `hasOwn`: whether the listing
   * showed a `.gitignore` (undefined: not listed, look for one).
   */
  chainOf(dir, hasOwn) {
    const known = this.chains.get(dir);
    if (known) return known;
    const parent = dir === this.base || dirname3(dir) === dir ? [] : this.chainOf(dirname3(dir), void 0);
    const own = hasOwn === false ? void 0 : readIgnoreFile(join2(dir, ".gitignore"));
    const chain = own === void 0 ? parent : [...parent, { prefix: this.relative(dir), rules: (0, import_ignore.default)().add(own) }];
    this.chains.set(dir, chain);
    return chain;
  }
  relative(dir) {
    const rel = relative(this.base, dir);
    return rel === "" ? "" : `${rel.split(sep).join("/")}/`;
  }
};
function readIgnoreFile(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return void 0;
  }
}

// src/discover/discover.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var SKIPPED_DIRECTORIES = [".git", "node_modules", ".terraform", ".terragrunt-cache"];
async function discover(paths, options) {
  const cwd = options.cwd ?? process.cwd();
  const reader = options.reader;
  const found = /* @__PURE__ */ new Map();
  const diagnostics = [];
  const notScanned = (absolutePath, message) => {
    diagnostics.push({ file: reader.repoPath(absolutePath), range: range(1, 1, 1, 2), severity: "warning", message, notScanned: true });
  };
  const inputs = paths.length > 0 ? paths : ["."];
  const projects = new ProjectMarkers(reader.root);
  const refusedPaths = /* @__PURE__ */ new Set();
  const included = options.include?.length ? (0, import_picomatch.default)(options.include, { dot: true }) : void 0;
  const excluded = options.exclude?.length ? (0, import_picomatch.default)(options.exclude, { dot: true }) : void 0;
  const add = (absolutePath, named, walked = false, inside = false) => {
    const file = addFile(absolutePath, named, inside);
    if (file && walked) file.walked = true;
    return file;
  };
  const addFile = (absolutePath, named, inside) => {
    if (included || excluded) {
      const path2 = reader.repoPath(absolutePath);
      if (included && !included(path2) || excluded?.(path2)) return void 0;
    }
    if (options.skip?.has(absolutePath)) return void 0;
    const known = found.get(absolutePath);
    if (known) {
      if (named) known.named = true;
      return known;
    }
    const rules = kindRules(absolutePath);
    if (rules.length === 0) return void 0;
    const refused = named || inside ? void 0 : reader.refusal(absolutePath);
    if (refused) {
      if (!refusedPaths.has(absolutePath)) notScanned(absolutePath, `not scanned: ${refused}`);
      refusedPaths.add(absolutePath);
      return void 0;
    }
    const path = reader.repoPath(absolutePath);
    let rule;
    let projectDir;
    for (const candidate of rules) {
      const dir = candidate.project ? projects.projectOf(absolutePath, candidate.project) : candidate.kind === "pulumi-project" ? dirname4(absolutePath) : void 0;
      if (candidate.sniff && !(candidate.project && dir !== void 0) && !sniffed(reader, absolutePath, candidate)) continue;
      rule = candidate;
      projectDir = dir;
      break;
    }
    if (!rule) return void 0;
    const file = { path, absolutePath, kind: rule.kind, named };
    if (projectDir !== void 0) file.projectDir = projectDir;
    found.set(absolutePath, file);
    return file;
  };
  const special = (absolutePath, info) => notScanned(absolutePath, `not scanned: not a regular file (${info ? specialKind(info) : "it disappeared"}); IaC files are regular files`);
  const walk = async (absolute, named, walked = false) => {
    const { globbySync } = await loadGlobby();
    const options2 = {
      cwd: absolute,
      absolute: true,
      dot: true,
      // Not onlyFiles: with followSymbolicLinks off, fast-glob would drop symlinked *files*
      // (a shared provider.tf linked into several roots). Links are stat'ed below instead;
      // other entries are known from the directory listing (objectMode keeps its dirent).
      onlyFiles: false,
      objectMode: true,
      followSymbolicLinks: false,
      suppressErrors: true,
      fs: walkFs,
      ignore: SKIPPED_DIRECTORIES.map((d) => `**/${d}/**`)
    };
    walkFs.ignores = new GitIgnores(absolute, (name) => kindRule(name) !== null);
    let entries;
    try {
      entries = globbySync(candidatePatterns(), options2);
    } finally {
      walkFs.ignores = void 0;
    }
    for (const [dir, error] of walkFs.take()) {
      notScanned(dir, `folder not scanned: ${folderProblem(dir, error)}`);
    }
    const inside = reader.refusal(absolute) === void 0;
    const sorted = entries.map((entry) => ({ path: resolve3(entry.path), dirent: entry.dirent }));
    sorted.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    for (const { path: entryPath, dirent } of sorted) {
      if (!kindRule(entryPath) || found.has(entryPath)) continue;
      if (!dirent.isSymbolicLink()) {
        if (dirent.isFile()) add(entryPath, named, walked, inside);
        else if (!dirent.isDirectory()) special(entryPath, statSync3(entryPath, { throwIfNoEntry: false }));
        continue;
      }
      let target;
      try {
        target = statSync3(entryPath);
      } catch (error) {
        const code = error.code;
        notScanned(entryPath, `cannot read file (${code === "ENOENT" ? "broken symbolic link" : code === "ELOOP" ? "symbolic link loop" : error.message}); fix or remove the link`);
        continue;
      }
      if (target.isFile()) add(entryPath, named, walked);
      else if (!target.isDirectory()) special(entryPath, target);
    }
  };
  const namedFiles = [];
  for (const input of inputs) {
    const absolute = resolve3(cwd, input);
    let info;
    try {
      info = statSync3(absolute);
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`path not found: ${input}`);
      if (code === "ELOOP") throw new UsageError(`path is a symlink loop: ${input}`);
      throw new UsageError(`cannot access ${input}: ${error.message}`);
    }
    if (info.isDirectory()) {
      await walk(absolute, false, true);
      continue;
    }
    const file = add(absolute, true) ?? projectStandIn(absolute, projects, add);
    if (file) namedFiles.push(file);
  }
  for (const file of namedFiles) {
    if (file.kind === "terraform" || file.kind === "terraform-json" || file.kind === "tfvars") {
      for (const sibling2 of terraformSiblings(dirname4(file.absolutePath))) add(sibling2, false);
    } else if (file.projectDir !== void 0) {
      add(join3(file.projectDir, projectFileName(file.projectDir)), false);
      await walk(file.projectDir, false);
    }
  }
  const files = [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files, diagnostics };
}
var globbyModule;
function loadGlobby() {
  globbyModule ??= import("./globby-KC3GYBTD.js");
  return globbyModule;
}
function terraformSiblings(dir) {
  let names;
  try {
    names = readdirSync2(dir);
  } catch {
    return [];
  }
  return names.filter((name) => {
    const lower = name.toLowerCase();
    return lower.endsWith(".tf") || lower.endsWith(".tf.json") || isAutoVarFile(lower);
  }).map((name) => join3(dir, name)).filter((path) => {
    try {
      return statSync3(path).isFile();
    } catch {
      return false;
    }
  });
}
function projectFileName(dir) {
  for (const name of PULUMI_PROJECT_FILES) {
    try {
      if (statSync3(join3(dir, name)).isFile()) return name;
    } catch {
    }
  }
  return PULUMI_PROJECT_FILES[0];
}
function projectStandIn(absolutePath, projects, add) {
  const name = basename(absolutePath).toLowerCase();
  if (name !== "package.json" && !LOCK_FILE_NAMES.includes(name)) return void 0;
  const pulumi = FILE_KINDS.find((k) => k.kind === "pulumi")?.project;
  const dir = dirname4(absolutePath);
  if (!pulumi || projects.projectOf(join3(dir, "index.ts"), pulumi) !== dir) return void 0;
  const file = add(join3(dir, projectFileName(dir)), true);
  if (file) file.bringsUnit = true;
  return file;
}
var walkFs = {
  ignores: void 0,
  failures: /* @__PURE__ */ new Map(),
  take() {
    const out = [...this.failures].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    this.failures.clear();
    return out;
  },
  /** Entries of a listing (with file types) that the walk's ignore files leave in. */
  kept(path, entries) {
    if (!walkFs.ignores || !Array.isArray(entries) || !(entries[0] instanceof fs.Dirent)) return entries;
    return walkFs.ignores.filter(String(path), entries);
  },
  readdirSync: ((path, options) => {
    try {
      return walkFs.kept(path, fs.readdirSync(path, options));
    } catch (error) {
      walkFs.note(String(path), error);
      throw error;
    }
  }),
  readdir: ((path, options, callback) => {
    const done = typeof options === "function" ? options : callback;
    const finish = (error, entries) => {
      if (error) walkFs.note(String(path), error);
      done(error, error ? entries : walkFs.kept(path, entries));
    };
    if (typeof options === "function") fs.readdir(path, finish);
    else fs.readdir(path, options, finish);
  }),
  lstat: fs.lstat,
  stat: fs.stat,
  lstatSync: fs.lstatSync,
  statSync: fs.statSync,
  note(path, error) {
    if (error.code !== "ENOENT") this.failures.set(resolve3(path), error);
  }
};
function folderProblem(dir, error) {
  switch (error.code) {
    case "EACCES":
    case "EPERM":
      return "cannot list it (permission denied); make it readable or exclude it from the scan";
    case "ENAMETOOLONG":
      return `its path is ${dir.length} characters, longer than the operating system accepts (PATH_MAX, 4,096 bytes on Linux); shorten the folder names`;
    case "ELOOP":
      return "symbolic link loop; fix or remove the link";
    default:
      return `cannot list it (${error.message}); fix it or exclude it from the scan`;
  }
}
var ProjectMarkers = class {
  constructor(root) {
    this.root = root;
  }
  root;
  cache = /* @__PURE__ */ new Map();
  projectOf(absolutePath, project) {
    const underRoot = !relative2(this.root, absolutePath).startsWith("..");
    let dir = dirname4(absolutePath);
    for (; ; ) {
      if (this.marks(dir, project)) return dir;
      const parent = dirname4(dir);
      if (parent === dir || underRoot && dir === this.root) return void 0;
      dir = parent;
    }
  }
  marks(dir, project) {
    let answer = this.cache.get(dir);
    if (answer === void 0) {
      answer = false;
      for (const name of project.names) {
        const text = peekText(join3(dir, name));
        if (text !== void 0) {
          answer = project.accepts(text);
          break;
        }
      }
      this.cache.set(dir, answer);
    }
    return answer;
  }
};
function sniffed(reader, absolutePath, rule) {
  const read = reader.read(absolutePath);
  if (read.file) return rule.sniff(read.file.text);
  const peek = peekText(absolutePath);
  return peek !== void 0 && rule.sniff(peek);
}

export {
  LOCK_FILE_NAMES,
  kindRule,
  classify,
  findRepositoryRoot,
  repositoryRootOf,
  isAutoVarFile,
  formUnits,
  unitPaths,
  UsageError,
  discover
};
