/**
 * The `yaml` package for yamlencode and yamldecode, loaded only when a scan can reach them:
 * importing it costs about 40 ms of a one-file scan, and few configurations use YAML.
 */
import { lazyPackage } from "./lazy-package.js";

type Yaml = typeof import("yaml");

const yaml = lazyPackage<Yaml>(() => import("yaml"), "Document");

/**
 * Whether a Terraform file's text can reach yamlencode/yamldecode: by naming them, or through
 * templatefile, whose template (another file, read during evaluation) may call them.
 */
export function mayUseYaml(text: string): boolean {
  return /yaml(?:en|de)code|templatefile/.test(text);
}

/** Loads `yaml` once; the Terraform scanner awaits this before it evaluates a file for which mayUseYaml holds. */
export const loadYaml = (): Promise<void> => yaml.load();

/**
 * The loaded `yaml` module. Throws when loadYaml has not finished: that is a bug in the
 * scanner (a file reached a YAML function without mayUseYaml holding for it), and the scan
 * reports it as an internal error of that unit rather than guessing a value.
 */
export function yamlModule(): Yaml {
  const loaded = yaml.get();
  if (!loaded) throw new Error("internal error: a YAML function was evaluated before the yaml package was loaded (see mayUseYaml)");
  return loaded;
}
