/**
 * Where a finding's `file:line` points: the file as seen from the report's folder (the plain
 * link), or an address made from `--link-template` (a code host's view of the file at the commit
 * scanned). Only http(s) and relative addresses become live links, so neither a template nor a
 * file name can make a link in the report run code (`javascript:`) or open another program.
 */
import type { SweepFinding, SweepRepository } from "../../model/sweep.js";
import { ownValue } from "../documents.js";

/** What the caller knows about links (see ReportOptions.linkTemplate and linkBase). */
export interface LinkOptions {
  linkTemplate?: string;
  linkBase?: Readonly<Record<string, string>>;
}

/** A finding's link: `href` undefined when no safe address exists; `templated` when the template made it. */
export interface FindingLink {
  href?: string;
  templated: boolean;
}

/** A path with each `/`-separated segment percent-encoded (`a b/#1.tf` → `a%20b/%231.tf`). */
export function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/**
 * Whether a browser would follow `href` only to an http(s) address or one relative to the page.
 * Browsers drop tabs and line breaks anywhere in a URL and spaces and controls at its ends
 * (WHATWG URL), so `java\tscript:` is `javascript:`: any whitespace or control character makes
 * the address unsafe rather than being reasoned about. A scheme is what precedes the first `:`
 * when only scheme characters come before it.
 */
export function isSafeHref(href: string): boolean {
  // No real path or code host address comes near 8,192 characters; a longer one (from an edited
  // report) would only bloat the page.
  if (href === "" || href.length > 8192 || /[\u0000-\u0020\u007f-\u009f]/.test(href)) return false;
  // `//host/x` and `\\host\x` take the page's scheme to another host: from a report opened as
  // a file, a network share (browsers read `\` as `/` in such addresses).
  if (/^[\\/]{2}/.test(href)) return false;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(href);
  return scheme === null || /^https?$/i.test(scheme[1]!);
}

/**
 * The plain link: the repository's link base (its root as seen from the report) and the file's
 * path. Without link bases the files are taken to sit beside the report; with them, a repository
 * that has none gets no link (its files are not on this machine).
 */
function plainHref(repo: SweepRepository, finding: SweepFinding, linkBase: Readonly<Record<string, string>> | undefined): string | undefined {
  const base = linkBase === undefined ? "" : ownValue(linkBase, repo.name);
  if (base === undefined) return undefined;
  const href = base + encodePath(finding.file);
  return isSafeHref(href) ? href : undefined;
}

/** The placeholders a link template may use. */
export const LINK_PLACEHOLDERS = ["repository", "remote", "commit", "branch", "file", "line", "column"] as const;
const PLACEHOLDER = new RegExp(`\\{(${LINK_PLACEHOLDERS.join("|")})\\}`, "g");

/**
 * What is wrong with a link template, or undefined: a `{name}` that is not a placeholder (a typo
 * would otherwise stay in every link), or no placeholder at all (every finding would link to
 * one address).
 */
export function linkTemplateProblem(template: string): string | undefined {
  const unknown = [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!).filter((name) => !(LINK_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length > 0) return `{${unknown[0]}} is not a placeholder; use ${LINK_PLACEHOLDERS.map((p) => `{${p}}`).join(" ")}`;
  if (!new RegExp(PLACEHOLDER.source).test(template)) return `it names no placeholder, so every finding would link to one address; use {file} and {line}, e.g. https://github.com/acme/{repository}/blob/{commit}/{file}#L{line}`;
  return undefined;
}

/** `refs/heads/main` → `main`; other refs as they are. */
function branchName(branch: string): string {
  return branch.startsWith("refs/heads/") ? branch.slice("refs/heads/".length) : branch;
}

/**
 * The template's address for one finding, or undefined when its repository lacks a value the
 * template names. `{remote}` goes in as the repository's web address (without a trailing `/` or
 * `.git`), `{file}` and `{branch}` with each segment encoded, the others encoded whole.
 */
function templateHref(template: string, repo: SweepRepository, finding: SweepFinding): string | undefined {
  const values: Record<string, string | undefined> = {
    repository: encodeURIComponent(repo.name),
    remote: repo.remoteUrl?.replace(/\/+$/, "").replace(/\.git$/, ""),
    commit: repo.commit === undefined ? undefined : encodeURIComponent(repo.commit),
    branch: repo.branch === undefined ? undefined : encodePath(branchName(repo.branch)),
    file: encodePath(finding.file),
    line: String(finding.line),
    column: String(finding.column),
  };
  let missing = false;
  const href = template.replace(PLACEHOLDER, (_, name: string) => {
    const value = ownValue(values, name);
    if (value === undefined || value === "") missing = true;
    return value ?? "";
  });
  return missing ? undefined : href;
}

/**
 * The link of a finding in a repository: the template's address when a template is given, the
 * repository has every value it names and the result is safe (isSafeHref); else the plain link
 * (`linkBase[repo.name]` + the encoded file path) when the base is known and the result is safe;
 * else none.
 */
export function findingLink(repo: SweepRepository, finding: SweepFinding, options: LinkOptions): FindingLink {
  if (options.linkTemplate !== undefined) {
    const href = templateHref(options.linkTemplate, repo, finding);
    if (href !== undefined && isSafeHref(href)) return { href, templated: true };
  }
  const href = plainHref(repo, finding, options.linkBase);
  return href === undefined ? { templated: false } : { href, templated: false };
}
