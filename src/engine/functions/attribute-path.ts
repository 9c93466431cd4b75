/**
 * Attribute paths as written in `ignore_changes` (`tags["Name"]`, `scaling_config[0].desired_size`)
 * or Pulumi `ignoreChanges` (`scalingConfig[0].desiredSize`), normalised to snake_case segments
 * so they compare with allowlist patterns such as `scaling_config[*].desired_size`.
 */
export function attributePathSegments(path: string): string[] {
  let segments = segmentsCache.get(path);
  if (!segments) {
    // The same few paths (an allowlist, one resource's ignore_changes) are split for every record.
    if (segmentsCache.size >= SEGMENTS_CACHE_SIZE) segmentsCache.clear();
    segmentsCache.set(path, (segments = splitAttributePath(path)));
  }
  // A copy: callers filter and map what they get.
  return [...segments];
}

const SEGMENTS_CACHE_SIZE = 1024;
const segmentsCache = new Map<string, string[]>();

function splitAttributePath(path: string): string[] {
  const segments: string[] = [];
  const re = /([^.[\]"']+)|\[\s*(?:"([^"]*)"|'([^']*)'|(\d+|\*))\s*\]/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(path)) !== null) {
    if (match[1] !== undefined) segments.push(snakeCase(match[1].trim()));
    else if (match[4] !== undefined) segments.push("*");
    else segments.push(match[2] ?? match[3] ?? "");
  }
  return segments.filter((s) => s !== "");
}

function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/**
 * True when `path` is one of the patterns or lies inside one (`tags.Name` is inside `tags`).
 * A `*` in a pattern stands for a list index, which Pulumi paths leave out for single nested
 * blocks (`scalingConfig.desiredSize` matches `scaling_config[*].desired_size`).
 */
export function pathWithin(path: string, patterns: string[]): boolean {
  const segments = attributePathSegments(path);
  return patterns.some((pattern) => {
    const wanted = attributePathSegments(pattern);
    return wanted.length > 0 && prefixMatches(wanted, segments);
  });
}

function prefixMatches(wanted: string[], segments: string[]): boolean {
  if (wanted.length === 0) return true;
  const [head, ...rest] = wanted;
  if (head === "*") {
    if (segments[0] === "*") return prefixMatches(rest, segments.slice(1));
    return prefixMatches(rest, segments);
  }
  return segments[0] === head && prefixMatches(rest, segments.slice(1));
}
