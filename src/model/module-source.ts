/**
 * Terraform module source addresses (https://developer.hashicorp.com/terraform/language/modules/sources),
 * reduced to what pinning rules need: where the code comes from and what pins it.
 */
export type ModuleSourceKind = "local" | "registry" | "git" | "hg" | "http" | "s3" | "gcs";

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

export function parseModuleSource(address: string): ModuleSource {
  const source = address.trim();
  if (/^\.\.?[\\/]/.test(source) || source === "." || source === "..") return { kind: "local", remote: false, ref: null, refKind: null };

  const forced = /^([a-z0-9]+)::(.*)$/.exec(source);
  const getter = forced?.[1];
  const rest = forced ? forced[2]! : source;
  const query = queryOf(rest);

  let kind: ModuleSourceKind;
  if (getter === "git" || /^git@/.test(rest) || /^(?:https?:\/\/)?(?:www\.)?(github\.com|bitbucket\.org)\//.test(rest) || /\.git(?:\/\/|$|\?)/.test(rest)) kind = "git";
  else if (getter === "hg") kind = "hg";
  else if (getter === "s3" || /(^|\.)s3[.-]([a-z0-9-]+\.)?amazonaws\.com/.test(rest)) kind = "s3";
  else if (getter === "gcs" || /^(?:https:\/\/)?www\.googleapis\.com\/storage\//.test(rest)) kind = "gcs";
  else if (getter === "http" || getter === "https" || /^https?:\/\//.test(rest)) kind = "http";
  else if (REGISTRY.test(rest)) return { kind: "registry", remote: true, ref: null, refKind: null };
  else kind = "http";

  const pinParams: Record<ModuleSourceKind, string[]> = {
    git: ["ref"],
    hg: ["rev"],
    s3: ["versionId", "version"],
    gcs: ["generation", "versionId"],
    http: ["versionId", "version", "ref"],
    local: [],
    registry: [],
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
  return { kind, remote: true, ref: null, refKind: null };
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
