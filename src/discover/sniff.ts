/**
 * Content sniffing for file kinds that share their extension with everything else (`.json`,
 * `.yaml`, `.yml`, `.template`). Cheap text checks only, no parse: a package.json, a
 * Kubernetes manifest, a workflow or an OpenAPI document must cost one regex pass.
 *
 * A file that passes is handed to its scanner, which parses it: a passing file that does not
 * parse is reported (IAC-000), so the checks only accept files that clearly claim the format.
 */

const TEMPLATE_VERSION = /(?:^|[\s{,])["']?AWSTemplateFormatVersion["']?[ \t]*:/m;
const SAM_TRANSFORM = /AWS::Serverless-2016-10-31/;
/** A top-level `Resources:` in YAML (column 0), or a `"Resources":` key in JSON. */
const RESOURCES_KEY = /^["']?Resources["']?[ \t]*:|"Resources"\s*:/m;
/** A resource type CloudFormation owns: `Type: AWS::...`, `"Type": "Custom::..."`, `Alexa::ASK::`. */
const RESOURCE_TYPE = /["']?Type["']?\s*:\s*["']?(?:AWS|Custom|Alexa::ASK)::/;

/** True when the text claims to be a CloudFormation (or SAM) template. */
export function looksLikeCloudFormation(text: string): boolean {
  if (TEMPLATE_VERSION.test(text)) return true;
  if (SAM_TRANSFORM.test(text) && RESOURCES_KEY.test(text)) return true;
  return RESOURCES_KEY.test(text) && RESOURCE_TYPE.test(text);
}

/**
 * True when a TypeScript file imports a Pulumi package: an `import ... from "@pulumi/..."`,
 * `export ... from "@pulumi/..."`, a side-effect import, or a `require("@pulumi/...")` starting
 * a statement. Anchored at the start of a line, so a test whose string literals mention
 * `@pulumi/aws` is not taken for a program.
 */
const PULUMI_IMPORT = /^[ \t]*(?:import|export)\b[^;'"`]*?\bfrom[ \t]*["']@pulumi\/|^[ \t]*import[ \t]*["']@pulumi\//m;
const PULUMI_REQUIRE = /^[ \t]*(?:(?:export[ \t]+)?(?:const|let|var)[ \t]+[^=\n]+=[ \t]*)?require\([ \t]*["']@pulumi\//m;

export function importsPulumi(text: string): boolean {
  return text.includes("@pulumi/") && (PULUMI_IMPORT.test(text) || PULUMI_REQUIRE.test(text));
}

/** `runtime: nodejs`, `runtime: { name: nodejs }` or the block form, at the top level of Pulumi.yaml. */
const RUNTIME_INLINE = /^runtime[ \t]*:[ \t]*(?:["']?nodejs["']?[ \t]*(?:#.*)?$|\{[^}\n]*\bname[ \t]*:[ \t]*["']?nodejs\b)/m;
const RUNTIME_BLOCK = /^runtime[ \t]*:[ \t]*(?:#.*)?\r?\n(?:[ \t]+.*\r?\n|[ \t]*\r?\n)*?[ \t]+name[ \t]*:[ \t]*["']?nodejs\b/m;

/** True when a Pulumi.yaml declares the Node.js runtime (TypeScript and JavaScript programs). */
export function isNodejsPulumiProject(text: string): boolean {
  return RUNTIME_INLINE.test(text) || RUNTIME_BLOCK.test(text);
}

/**
 * True when a JSON text claims to be an input of the change gate: a Terraform JSON plan
 * (`format_version` with `resource_changes`, `resource_drift` or `planned_values`), a
 * CloudFormation change set (`Changes` with `ChangeSetId`) or drift result
 * (`StackResourceDrifts`), or a Pulumi preview (`steps` naming `urn:pulumi:` URNs).
 */
export function looksLikeChangeInput(text: string): boolean {
  if (/"format_version"\s*:/.test(text) && /"(?:resource_changes|resource_drift|planned_values)"\s*:/.test(text)) return true;
  if (/"StackResourceDrifts?"\s*:/.test(text)) return true;
  if (/"Changes"\s*:/.test(text) && /"ChangeSet(?:Id|Name)"\s*:/.test(text)) return true;
  return /"steps"\s*:/.test(text) && /"urn"\s*:\s*"urn:pulumi:/.test(text);
}
