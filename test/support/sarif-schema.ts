import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { expect } from "vitest";

const require = createRequire(import.meta.url);

/** The native `Sarif.Multitool` executable that @microsoft/sarif-multitool resolves to. */
export function multitoolPath(): string {
  return require("@microsoft/sarif-multitool") as string;
}

/** The official SARIF 2.1.0 schema shipped with the multitool (a draft 2020-12 schema). */
export function sarifSchemaPath(): string {
  return join(dirname(multitoolPath()), "sarif-2.1.0.json");
}

let validator: ValidateFunction | undefined;

export function sarifValidator(): ValidateFunction {
  if (validator) return validator;
  const schema = JSON.parse(readFileSync(sarifSchemaPath(), "utf8")) as Record<string, unknown>;
  // The schema declares draft 2020-12, so Ajv2020 compiles it. strict: false because Ajv's strict
  // mode rejects the official schema's `anyOf: [{ required: ["index"] }, ...]` (strictRequired:
  // a required property not defined in that subschema), which is valid JSON Schema.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const addFormats = addFormatsModule as unknown as (a: Ajv2020) => void;
  addFormats(ajv);
  validator = ajv.compile(schema);
  return validator;
}

export function sarifErrors(doc: unknown): ErrorObject[] {
  const validate = sarifValidator();
  return validate(doc) ? [] : [...(validate.errors ?? [])];
}

/** Asserts that a SARIF document (object or JSON text) is valid against the official 2.1.0 schema. */
export function expectValidSarif(doc: unknown): void {
  const value = typeof doc === "string" ? (JSON.parse(doc) as unknown) : doc;
  const errors = sarifErrors(value).map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
  expect(errors, "SARIF schema errors").toEqual([]);
}

/**
 * Runs the SARIF multitool's validator with GitHub's rule kinds and returns its error-level
 * results. It exits 0 even when it finds errors, so the verdict is read from its output log.
 * The native executable is called directly: its bin.js passes arguments through a shell, which
 * splits "Sarif;Ghas".
 */
export async function multitoolErrors(doc: unknown): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "driftless-sarif-"));
  try {
    const input = join(dir, "in.sarif");
    const output = join(dir, "out.sarif");
    await writeFile(input, typeof doc === "string" ? doc : JSON.stringify(doc));
    await promisify(execFile)(multitoolPath(), ["validate", "--rule-kind", "Sarif;Ghas", "-o", output, input], {
      timeout: 110_000,
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1" },
    });
    const report = JSON.parse(await readFile(output, "utf8")) as { runs?: { tool?: { driver?: { name?: string } }; results?: { level?: string; ruleId?: string; message?: unknown }[] }[] };
    expect(report.runs?.[0]?.tool?.driver?.name).toMatch(/multitool/i);
    return (report.runs?.[0]?.results ?? []).filter((r) => r.level === "error").map((r) => `${r.ruleId}: ${JSON.stringify(r.message)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
