/**
 * Arguments flow into the program's own components and functions the way Terraform's module
 * inputs flow into a module: each call of a `ComponentResource` subclass or function of the
 * project (`new WebService("web", { image: "httpd:latest" })`, `makeService("api", image)`)
 * evaluates the resources in the callee's body again with its parameters bound to that call's
 * arguments, recursively (a component calling a helper), up to `MAX_CALL_DEPTH` calls deep and
 * never into a function already being followed.
 *
 * The standalone records (parameters Unknown) stay: the engine reports a finding that depends on
 * no argument once, from any of them, and a finding caused by an argument once per call. To let
 * it tell which is which, a value taken from an argument carries a `call-argument` origin (where
 * the caller wrote it, the call, the caller's depth), and an instance record carries `scopes`,
 * its name as seen from each caller.
 *
 * Followed from the top: calls that sit in the body of a function which is itself called are
 * followed through that function's instances (with its arguments known), not again on their
 * own. Calls in functions nobody calls (an `export = async () => { ... }` entry point, a method
 * called from elsewhere) are followed as top-level calls.
 */
import type { ts as TS } from "ts-morph";
import type { Diagnostic, Resource } from "../../model/resource.js";
import { MAX_CALL_DEPTH, type Evaluator, type Frame } from "./evaluate.js";
import type { CallSite, ProgramReader } from "./program.js";
import type { CallableFunction } from "./refs.js";

/** Calls followed per unit at most: a component called in a loop of loops must not blow the scan up. */
export const MAX_FOLLOWED_CALLS = 2000;

export interface Followed {
  resources: Resource[];
  diagnostics: Diagnostic[];
}

/** The instance records of every call in `sites` (the calls met reading the unit's files). */
export function followCalls(ts: typeof TS, program: ProgramReader, ev: Evaluator, sites: readonly CallSite[]): Followed {
  const called = new Set<TS.Node>();
  for (const site of sites) if (!within(site.node, site.callee.fn)) called.add(site.callee.fn);
  const resources: Resource[] = [];
  const diagnostics: Diagnostic[] = [];
  let budget = MAX_FOLLOWED_CALLS;

  const follow = (site: CallSite, frames: readonly Frame[]): void => {
    const fn: CallableFunction = site.callee.fn;
    if (!fn.body || frames.length >= MAX_CALL_DEPTH || frames.some((f) => f.fn === fn)) return;
    if (budget-- <= 0) {
      if (diagnostics.length === 0) diagnostics.push(tooMany(ev, site));
      return;
    }
    const frame = ev.within({ frames, cutoff: 0 }, () => ev.frame(site.callee, site.node, site.file));
    const inner = [...frames, frame];
    const walked = ev.within({ frames: inner, cutoff: 0 }, () => program.walk(fn.body!, site.callee.file, site.repeated, (node) => called.has(node)));
    resources.push(...walked.resources);
    for (const next of walked.sites) follow(next, inner);
  };

  for (const site of sites) if (!insideAny(ts, site.node, called)) follow(site, []);
  return { resources, diagnostics };
}

function within(node: TS.Node, ancestor: TS.Node): boolean {
  for (let n: TS.Node | undefined = node.parent; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

function insideAny(ts: typeof TS, node: TS.Node, functions: ReadonlySet<TS.Node>): boolean {
  for (let n: TS.Node | undefined = node.parent; n; n = n.parent) if (ts.isFunctionLike(n) && functions.has(n)) return true;
  return false;
}

function tooMany(ev: Evaluator, site: CallSite): Diagnostic {
  return {
    file: site.file.path,
    range: ev.rangeOf(site.node, site.file),
    severity: "warning",
    message: `more than ${MAX_FOLLOWED_CALLS} calls of the program's own components and functions; from this one on, the arguments they pass are not followed into them (their resources are still checked with parameters unknown)`,
  };
}
