import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect } from "vitest";

/** The JUnit schema Jenkins' xUnit plugin publishes (source and licence in the file). */
export const JUNIT_XSD = fileURLToPath(new URL("./junit-10.xsd", import.meta.url));

/**
 * xmllint's verdict on `xml` against the JUnit schema: "" when valid, else its messages.
 * xmllint comes from Debian's libxml2-utils, which .ci/run installs.
 */
export function junitSchemaErrors(xml: string): string {
  const run = spawnSync("xmllint", ["--noout", "--schema", JUNIT_XSD, "-"], { input: xml, encoding: "utf8", timeout: 30_000 });
  if (run.error) throw new Error(`cannot run xmllint (${run.error.message}): install it with apt-get install libxml2-utils, as .ci/run does`);
  return run.status === 0 ? "" : `${run.stderr}`.trim() || `xmllint exited ${run.status}`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * Asserts that `xml` is well-formed (fast-xml-parser's validator) and valid against the JUnit
 * schema (xmllint), and returns it parsed with attributes as `@_name` and every testsuite,
 * testcase and their children as arrays.
 */
export function expectValidJunit(xml: string): Json {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(junitSchemaErrors(xml), "JUnit schema errors").toBe("");
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => ["testsuite", "testcase", "failure", "skipped", "error"].includes(name),
  });
  return parser.parse(xml) as Json;
}
