import { createRequire } from 'node:module';
import { j as repositoryRootOf } from './core-Cp4Gwmxr.js';
import { require_ignore } from './chunk-QUEN4KFH.js';
import { __toESM } from './chunk-WV4KQOO6.js';
import { readFileSync } from 'node:fs';
import { resolve, dirname, join, relative, sep } from 'node:path';

const require$1 = createRequire(import.meta.url);

// src/discover/gitignore.ts
var import_ignore = __toESM(require_ignore(), 1);
var GitIgnores = class {
  /**
   * `folder`: the absolute path of the folder about to be walked. `matters(name)`: whether a file
   * of that name could be kept at all (others are passed through unmatched: the walk's patterns
   * drop them anyway).
   */
  constructor(folder, matters) {
    this.matters = matters;
    const walked = resolve(folder);
    this.base = repositoryRootOf(walked) ?? walked;
    if (walked !== this.base) this.chainOf(dirname(walked), void 0);
  }
  matters;
  /** Where the rules are anchored: the repository root, else the walked folder. */
  base;
  /** The ignore files in force in each folder listed (or above the walked one), shallowest first. */
  chains = /* @__PURE__ */ new Map();
  /** The entries of `dir` (an absolute path, just listed) that no ignore file in force ignores. */
  filter(dir, entries) {
    const absolute = resolve(dir);
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
    const parent = dir === this.base || dirname(dir) === dir ? [] : this.chainOf(dirname(dir), void 0);
    const own = hasOwn === false ? void 0 : readIgnoreFile(join(dir, ".gitignore"));
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

export { GitIgnores };
