/**
 * Terraform module source addresses (https://developer.hashicorp.com/terraform/language/modules/sources),
 * classified as Terraform classifies them (`addrs.ParseModuleSource`): a local path starts with
 * `./` or `../` (nothing else is local, so `modules/vpc` is not); then a registry address
 * (`[host/]namespace/name/system[//dir]`); then the remote forms go-getter detects (GitHub,
 * Bitbucket, git SSH, `.git` URLs, S3 and GCS URLs, forced `git::`/`hg::`/`s3::`/`gcs::`/`http::`
 * getters, http(s) URLs) and absolute paths (copied at init). Anything else Terraform rejects at
 * `terraform init` ("invalid"). Reduced to what scanners and pinning rules need: where the code
 * comes from and what pins it.
 */
export type ModuleSourceKind = "local" | "registry" | "git" | "hg" | "http" | "s3" | "gcs" | "file" | "invalid";

export interface ModuleSource {
  kind: ModuleSourceKind;
  /** Fetched from outside the repository. */
  remote: boolean;
  /** The pin written in the address: git `ref`, hg `rev`, S3 `versionId`/`version`, GCS `generation`, or an archive's version. */
  ref: string | null;
  /** Name of the query parameter (or "archive") that holds `ref`. */
  refKind: string | null;
}

const REGISTRY = /^(?:[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?\/)?[0-9A-Za-z][0-9A-Za-z_-]*\/[0-9A-Za-z][0-9A-Za-z_-]*\/[0-9a-z]+(?:\/\/.*)?$/;
const ARCHIVE_VERSION = /[-_.\/]v?(\d+\.\d+(?:\.\d+)?(?:[-.][0-9A-Za-z]+)*)\.(?:zip|tar\.gz|tgz|tar\.bz2|tbz2|tar\.xz|txz)$/i;

const NOT_PINNED = { ref: null, refKind: null };
const GETTERS = new Set(["git", "hg", "s3", "gcs", "http", "https", "file"]);

export function parseModuleSource(address: string): ModuleSource {
  const source = address.trim();
  if (/^\.\.?[\\/]/.test(source)) return { kind: "local", remote: false, ...NOT_PINNED };

  const forced = /^([a-z0-9+]+)::(.*)$/.exec(source);
  const getter = forced?.[1];
  const rest = forced ? forced[2]! : source;
  if (getter !== undefined && !GETTERS.has(getter)) return { kind: "invalid", remote: false, ...NOT_PINNED };
  if (!forced && REGISTRY.test(rest) && !/^(?:github\.com|bitbucket\.org)\//.test(rest)) return { kind: "registry", remote: true, ...NOT_PINNED };
  const query = queryOf(rest);

  let kind: ModuleSourceKind;
  if (getter === "git" || /^git@[^:]+:/.test(rest) || /^(?:git|ssh|git\+ssh):\/\//.test(rest) || /^(?:https?:\/\/)?(?:www\.)?(github\.com|bitbucket\.org)\//.test(rest) || /\.git(?:\/\/|$|\?)/.test(rest)) kind = "git";
  else if (getter === "hg") kind = "hg";
  else if (getter === "s3" || /(^|\.)s3[.-]([a-z0-9-]+\.)?amazonaws\.com\//.test(rest)) kind = "s3";
  else if (getter === "gcs" || /^(?:https:\/\/)?www\.googleapis\.com\/storage\//.test(rest)) kind = "gcs";
  else if (getter === "http" || getter === "https" || /^https?:\/\//.test(rest)) kind = "http";
  else if (getter === "file" || /^(?:\/|[A-Za-z]:[\\/]|file:\/\/)/.test(rest)) return { kind: "file", remote: false, ...NOT_PINNED };
  // `modules/vpc`, `vpc`, `./`-less paths: Terraform cannot tell what was meant and refuses.
  else return { kind: "invalid", remote: false, ...NOT_PINNED };

  const pinParams: Record<ModuleSourceKind, string[]> = {
    git: ["ref"],
    hg: ["rev"],
    s3: ["versionId", "version"],
    gcs: ["generation", "versionId"],
    http: ["versionId", "version", "ref"],
    local: [],
    registry: [],
    file: [],
    invalid: [],
  };
  for (const name of pinParams[kind]) {
    const value = query.get(name);
    if (value) return { kind, remote: true, ref: value, refKind: name };
  }
  if (kind === "http" || kind === "s3" || kind === "gcs") {
    const path = rest.split("?")[0]!;
    const archive = ARCHIVE_VERSION.exec(path);
    if (archive) return { kind, remote: true, ref: archive[1]!, refKind: "archive" };
  }
  return { kind, remote: true, ...NOT_PINNED };
}

/** Why Terraform rejects an invalid source, with what to write instead. */
export function invalidSourceMessage(source: string): string {
  const trimmed = source.trim();
  if (/^[a-z0-9+]+::/.test(trimmed)) return `module source "${source}" names a getter Terraform does not have (known: git::, hg::, s3::, gcs::, http::, https::)`;
  return `module source "${source}" is not a local path, a registry address or a remote address Terraform recognises; a local path must start with "./" or "../"${/^[\w.-]+(?:\/[\w.-]+)*\/?$/.test(trimmed) && trimmed !== "." && trimmed !== ".." ? ` (write "./${trimmed}")` : ""}`;
}

function queryOf(address: string): URLSearchParams {
  const q = address.indexOf("?");
  return new URLSearchParams(q >= 0 ? address.slice(q + 1) : "");
}

/** A full commit id: 40 hex (SHA-1) or 64 hex (SHA-256 repositories). */
export function isCommitSha(ref: string): boolean {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref.trim());
}

/** One exact version (`1.2.3`, `=1.2.3`, `v1.2.3-rc.1`), as opposed to a constraint or range. */
export function isExactVersion(constraint: string): boolean {
  return /^(?:=\s*)?v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(constraint.trim());
}
