import type { Range } from "../../src/model/position.js";
import { locateExact, type Resource, type ScanResult } from "../../src/model/resource.js";

/** The record of that name (and kind); the error lists what there is instead. */
export function byName(result: ScanResult, name: string, kind?: string): Resource {
  const r = result.resources.find((x) => x.name === name && (kind === undefined || x.kind === kind));
  if (!r) throw new Error(`no ${kind ?? "record"} ${name}; have ${result.resources.map((x) => `${x.kind} ${x.name}`).join(", ")}`);
  return r;
}

/** [startLine, startColumn, endLine, endColumn] */
export function span(r: Range | undefined): [number, number, number, number] | undefined {
  return r ? [r.start.line, r.start.column, r.end.line, r.end.column] : undefined;
}

/** The exact span of a path inside a record, or undefined when it is not written. */
export function at(resource: Resource, ...path: (string | number)[]): [number, number, number, number] | undefined {
  return span(locateExact(resource, path));
}
