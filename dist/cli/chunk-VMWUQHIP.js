import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);

// src/model/module-source.ts
var REGISTRY = /^(?:[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?\/)?[0-9A-Za-z][0-9A-Za-z_-]*\/[0-9A-Za-z][0-9A-Za-z_-]*\/[0-9a-z]+(?:\/\/.*)?$/;
var ARCHIVE_VERSION = /[-_.\/]v?(\d+\.\d+(?:\.\d+)?(?:[-.][0-9A-Za-z]+)*)\.(?:zip|tar\.gz|tgz|tar\.bz2|tbz2|tar\.xz|txz)$/i;
var NOT_PINNED = { ref: null, refKind: null };
var GETTERS = /* @__PURE__ */ new Set(["git", "hg", "s3", "gcs", "http", "https", "file"]);
function parseModuleSource(address) {
  const source = address.trim();
  if (/^\.\.?[\\/]/.test(source)) return { kind: "local", remote: false, ...NOT_PINNED };
  const forced = /^([a-z0-9+]+)::(.*)$/.exec(source);
  const getter = forced?.[1];
  const rest = forced ? forced[2] : source;
  if (getter !== void 0 && !GETTERS.has(getter)) return { kind: "invalid", remote: false, ...NOT_PINNED };
  if (!forced && REGISTRY.test(rest) && !/^(?:github\.com|bitbucket\.org)\//.test(rest)) return { kind: "registry", remote: true, ...NOT_PINNED };
  const query = queryOf(rest);
  let kind;
  if (getter === "git" || /^git@[^:]+:/.test(rest) || /^(?:git|ssh|git\+ssh):\/\//.test(rest) || /^(?:https?:\/\/)?(?:www\.)?(github\.com|bitbucket\.org)\//.test(rest) || /\.git(?:\/\/|$|\?)/.test(rest)) kind = "git";
  else if (getter === "hg") kind = "hg";
  else if (getter === "s3" || /(^|\.)s3[.-]([a-z0-9-]+\.)?amazonaws\.com\//.test(rest)) kind = "s3";
  else if (getter === "gcs" || /^(?:https:\/\/)?www\.googleapis\.com\/storage\//.test(rest)) kind = "gcs";
  else if (getter === "http" || getter === "https" || /^https?:\/\//.test(rest)) kind = "http";
  else if (getter === "file" || /^(?:\/|[A-Za-z]:[\\/]|file:\/\/)/.test(rest)) return { kind: "file", remote: false, ...NOT_PINNED };
  else return { kind: "invalid", remote: false, ...NOT_PINNED };
  const pinParams = {
    git: ["ref"],
    hg: ["rev"],
    s3: ["versionId", "version"],
    gcs: ["generation", "versionId"],
    http: ["versionId", "version", "ref"],
    local: [],
    registry: [],
    file: [],
    invalid: []
  };
  for (const name of pinParams[kind]) {
    const value = query.get(name);
    if (value) return { kind, remote: true, ref: value, refKind: name };
  }
  if (kind === "http" || kind === "s3" || kind === "gcs") {
    const path = rest.split("?")[0];
    const archive = ARCHIVE_VERSION.exec(path);
    if (archive) return { kind, remote: true, ref: archive[1], refKind: "archive" };
  }
  return { kind, remote: true, ...NOT_PINNED };
}
function invalidSourceMessage(source) {
  const trimmed = source.trim();
  if (/^[a-z0-9+]+::/.test(trimmed)) return `module source "${source}" names a getter Terraform does not have (known: git::, hg::, s3::, gcs::, http::, https::)`;
  return `module source "${source}" is not a local path, a registry address or a remote address Terraform recognises; a local path must start with "./" or "../"${/^[\w.-]+(?:\/[\w.-]+)*\/?$/.test(trimmed) && trimmed !== "." && trimmed !== ".." ? ` (write "./${trimmed}")` : ""}`;
}
function queryOf(address) {
  const q = address.indexOf("?");
  return new URLSearchParams(q >= 0 ? address.slice(q + 1) : "");
}
function isCommitSha(ref) {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref.trim());
}
function isExactVersion(constraint) {
  return /^(?:=\s*)?v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(constraint.trim());
}

export {
  parseModuleSource,
  invalidSourceMessage,
  isCommitSha,
  isExactVersion
};
