import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  readSource
} from "./chunk-UGPQBD7R.js";

// src/discover/reader.ts
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
function isRefusal(result) {
  return "refused" in result;
}
function createReader(root, options = {}) {
  return new FileReader(resolve(root), options.maxFileBytes ?? MAX_FILE_BYTES);
}
var FileReader = class {
  constructor(root, maxFileBytes) {
    this.root = root;
    this.maxFileBytes = maxFileBytes;
    this.realRoot = safeRealpath(root) ?? root;
  }
  root;
  maxFileBytes;
  texts = /* @__PURE__ */ new Map();
  /** Real paths of folders, null for one that cannot be resolved (kept for the run). */
  realDirs = /* @__PURE__ */ new Map();
  realRoot;
  repoPath(absolutePath) {
    const rel = relative(this.root, absolutePath);
    return (rel === "" ? "." : rel).split(sep).join("/");
  }
  read(absolutePath) {
    const key = resolve(absolutePath);
    let result = this.texts.get(key);
    if (!result) {
      result = readSource(key, this.repoPath(key), this.maxFileBytes);
      this.texts.set(key, result);
    }
    return result;
  }
  readInside(absolutePath) {
    const why = this.outside(absolutePath);
    if (why) return { refused: why };
    return this.read(absolutePath);
  }
  existsInside(absolutePath) {
    if (this.outside(absolutePath)) return false;
    try {
      statSync(absolutePath);
      return true;
    } catch {
      return false;
    }
  }
  listInside(absoluteDirectory) {
    if (this.outside(absoluteDirectory)) return void 0;
    let entries;
    try {
      entries = readdirSync(absoluteDirectory, { withFileTypes: true });
    } catch {
      return void 0;
    }
    const out = [];
    for (const entry of entries) {
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          isFile = statSync(join(absoluteDirectory, entry.name)).isFile();
        } catch {
          isFile = false;
        }
      }
      out.push({ name: entry.name, isFile, isDirectory: entry.isDirectory() });
    }
    return out.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  }
  forget(absolutePath) {
    this.texts.delete(resolve(absolutePath));
  }
  refusal(absolutePath) {
    return this.outside(absolutePath);
  }
  /** Why a path may not be read, or undefined when it lies inside the root (after resolving links). */
  outside(absolutePath) {
    const target = resolve(absolutePath);
    if (!within(this.root, target)) return `it is outside the scanned repository (${this.root})`;
    const real = this.realpath(target);
    if (real !== void 0 && !within(this.realRoot, real)) return `it is a symbolic link to ${real}, outside the scanned repository`;
    return void 0;
  }
  /**
   * realpath(3) of an existing path, or undefined when it does not exist. A path that is not
   * itself a symbolic link resolves to its folder's real path plus its name, and folders are
   * resolved once per run: one lstat per file instead of one per path component.
   */
  realpath(target) {
    let link;
    try {
      link = lstatSync(target).isSymbolicLink();
    } catch {
      return void 0;
    }
    if (link) return safeRealpath(target);
    const dir = dirname(target);
    if (dir === target) return safeRealpath(target);
    let realDir = this.realDirs.get(dir);
    if (realDir === void 0) {
      realDir = safeRealpath(dir) ?? null;
      this.realDirs.set(dir, realDir);
    }
    return realDir === null ? void 0 : join(realDir, basename(target));
  }
};
function within(root, target) {
  const rel = relative(root, target);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function safeRealpath(path) {
  try {
    return realpathSync(path);
  } catch {
    return void 0;
  }
}

export {
  isRefusal,
  createReader
};
