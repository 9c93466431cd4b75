import { createRequire } from 'node:module';
import { o as ownValue } from './chunk-DRpJoMDH.js';

const require$1 = createRequire(import.meta.url);

// src/report/html/links.ts
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function isSafeHref(href) {
  if (href === "" || href.length > 8192 || /[\u0000-\u0020\u007f-\u009f]/.test(href)) return false;
  if (/^[\\/]{2}/.test(href)) return false;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(href);
  return scheme === null || /^https?$/i.test(scheme[1]);
}
function plainHref(repo, finding, linkBase) {
  const base = linkBase === void 0 ? "" : ownValue(linkBase, repo.name);
  if (base === void 0) return void 0;
  const href = base + encodePath(finding.file);
  return isSafeHref(href) ? href : void 0;
}
var LINK_PLACEHOLDERS = ["repository", "remote", "commit", "branch", "file", "line", "column"];
var PLACEHOLDER = new RegExp(`\\{(${LINK_PLACEHOLDERS.join("|")})\\}`, "g");
function linkTemplateProblem(template) {
  const unknown = [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).filter((name) => !LINK_PLACEHOLDERS.includes(name));
  if (unknown.length > 0) return `{${unknown[0]}} is not a placeholder; use ${LINK_PLACEHOLDERS.map((p) => `{${p}}`).join(" ")}`;
  if (!new RegExp(PLACEHOLDER.source).test(template)) return `it names no placeholder, so every finding would link to one address; use {file} and {line}, e.g. https://github.com/acme/{repository}/blob/{commit}/{file}#L{line}`;
  return void 0;
}
function branchName(branch) {
  return branch.startsWith("refs/heads/") ? branch.slice("refs/heads/".length) : branch;
}
function templateHref(template, repo, finding) {
  const values = {
    repository: encodeURIComponent(repo.name),
    remote: repo.remoteUrl?.replace(/\/+$/, "").replace(/\.git$/, ""),
    commit: repo.commit === void 0 ? void 0 : encodeURIComponent(repo.commit),
    branch: repo.branch === void 0 ? void 0 : encodePath(branchName(repo.branch)),
    file: encodePath(finding.file),
    line: String(finding.line),
    column: String(finding.column)
  };
  let missing = false;
  const href = template.replace(PLACEHOLDER, (_, name) => {
    const value = ownValue(values, name);
    if (value === void 0 || value === "") missing = true;
    return value ?? "";
  });
  return missing ? void 0 : href;
}
function findingLink(repo, finding, options) {
  if (options.linkTemplate !== void 0) {
    const href2 = templateHref(options.linkTemplate, repo, finding);
    if (href2 !== void 0 && isSafeHref(href2)) return { href: href2, templated: true };
  }
  const href = plainHref(repo, finding, options.linkBase);
  return href === void 0 ? { templated: false } : { href, templated: false };
}

export { encodePath as e, findingLink as f, isSafeHref as i, linkTemplateProblem as l };
