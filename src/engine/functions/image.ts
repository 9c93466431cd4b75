/**
 * Container image references, per the distribution reference grammar:
 *   [registry[:port]/]repository[:tag][@algorithm:digest]
 * A registry is recognised by a dot, a port, or "localhost" in the first component, which is
 * how Docker tells `localhost:5000/app` (no tag) from `app:5000` (tag "5000").
 */
export interface ImageReference {
  registry: string | null;
  repository: string;
  tag: string | null;
  digest: string | null;
  /** The digest is `sha256:` and exactly 64 lowercase hex characters (or `sha512:` and 128). */
  digestValid: boolean;
  /** A digest is written (`@...`) but is not a valid one: `sha256:` with 63 digits, non-hex, upper case. */
  digestMalformed: boolean;
}

/** The registered OCI digest algorithms and their encoded lengths (lowercase hex only). */
const DIGEST = /^(?:sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;

export function parseImageReference(reference: string): ImageReference | null {
  const text = reference.trim();
  if (text === "" || /\s/.test(text)) return null;
  // A URL (`s3://bucket/key`, `https://…`) is not an image reference: Docker's grammar has no scheme.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return null;
  let rest = text;
  let digest: string | null = null;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | null = null;
  const slash = rest.indexOf("/");
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(":");
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (tag === "") return null;
  }
  if (rest === "") return null;
  const digestValid = digest !== null && DIGEST.test(digest);
  return { registry, repository: rest, tag, digest, digestValid, digestMalformed: digest !== null && !digestValid };
}
