/**
 * The `yaml` package for yamlencode and yamldecode, loaded only when a scan can reach them:
 * importing it costs about 40 ms of a one-file scan, and few configurations use YAML.
 */
type Yaml = typeof import("yaml");

let yaml: Yaml | undefined;

/**
 * Whether a Terraform file's text can reach yamlencode/yamldecode: by naming them, or through
 * templatefile, whose template (another file, read during evaluation) may call them.
 */
export function mayUseYaml(text: string): boolean {
  return /yaml(?:en|de)code|templatefile/.test(text);
}

/** Loads `yaml` once; the Terraform scanner awaits this before it evaluates a file for which mayUseYaml holds. */
export async function loadYaml(): Promise<void> {
  if (yaml) return;
  const loaded = await import("yaml");
  // The bundle gives a CommonJS package imported dynamically as `default` only.
  yaml = typeof loaded.Document === "function" ? loaded : (loaded as unknown as { default: Yaml }).default;
}

/**
 * The loaded `yaml` module. Throws when loadYaml has not finished: that is a bug in the
 * scanner (a file reached a YAML function without mayUseYaml holding for it), and the scan
 * reports it as an internal error of that unit rather than guessing a value.
 */
export function yamlModule(): Yaml {
  if (!yaml) throw new Error("internal error: a YAML function was evaluated before the yaml package was loaded (see mayUseYaml)");
  return yaml;
}
