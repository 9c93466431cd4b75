/**
 * CloudFormation YAML → template trees, one per `---` document, with exact offsets.
 *
 * - Short-form intrinsics (`!Ref`, `!GetAtt`, `!Sub`, ...) in scalar, sequence and mapping form
 *   become their long forms (`{"Fn::GetAtt": ["a", "b.c"]}`); the synthetic map spans the tag
 *   through the end of its operand, so its source text reads `!GetAtt a.b.c`.
 * - Scalars use the YAML 1.2 core schema: `yes`/`no`/`on`/`off` stay strings (CloudFormation
 *   reads them as strings too), `true`/`false` are booleans, `null`/`~` null. Plain scalars that
 *   only YAML would read as numbers but that carry more than the number (`012`, `0x1A`, `0o7`,
 *   `1_000`, `.inf`) stay strings, so account IDs with a leading zero are not changed.
 * - Duplicate keys are a warning at the second key; the last value wins (CloudFormation's
 *   behaviour), never silently.
 * - Aliases are followed with a budget (alias bombs become a diagnostic, not a hang), nesting
 *   is capped, and syntax errors are diagnostics at the parser's position.
 * - Merge keys (`<<: *base`, `<<: [*a, *b]`) are merged as YAML 1.1 does
 *   (https://yaml.org/type/merge.html), here rather than by the `yaml` package, whose `merge`
 *   option only applies when converting to JS and so loses positions: keys written in the map
 *   win over merged ones wherever the `<<` sits, earlier maps of a list win over later ones, and
 *   merged entries keep the positions where the anchor wrote them (the map keeps its own range).
 *   Only the plain key `<<` merges (a quoted `"<<"` is an ordinary key); a merge value that is not
 *   a mapping or a list of mappings is an error at the `<<`. Merged aliases count towards the
 *   alias budget; merging never causes a duplicate-key warning. (CloudFormation itself rejects
 *   aliases; `aws cloudformation package`, `sam` and `rain` resolve them before deploying.)
 * - AWS Rain directives (`!Rain::Module`, `!Rain::Embed`, `!Rain::S3`, any `!Rain::*`) become
 *   `{ "Rain::Name": operand }`, the form Rain's JSON uses; the template reader reports modules
 *   and evaluates the other directives as unknowns (only `rain pkg` expands them).
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  type CollectionTag,
  type Document,
  type Node as YNode,
  type ScalarTag,
} from "yaml";
import { yamlLineBreaks } from "../shared/line-breaks.js";
import type { LineIndex } from "../../model/position.js";
import type { Diagnostic } from "../../model/resource.js";
import { scalar, type Scalar, type TEntry, type TItem, type TMap, type TNode } from "./tree.js";

/** The short-form tags CloudFormation accepts, by name without `!`. */
export const SHORT_FORM_NAMES = [
  "Ref",
  "Sub",
  "GetAtt",
  "If",
  "Join",
  "Select",
  "Split",
  "FindInMap",
  "Base64",
  "Cidr",
  "GetAZs",
  "ImportValue",
  "Equals",
  "Not",
  "And",
  "Or",
  "Condition",
  "Transform",
] as const;

export function longFormOf(name: string): string {
  return name === "Ref" || name === "Condition" ? name : `Fn::${name}`;
}

const SHORT_FORMS = new Map<string, string>(SHORT_FORM_NAMES.map((n) => [`!${n}`, longFormOf(n)]));

/**
 * The directives of AWS Rain (https://github.com/aws-cloudformation/rain) known by name; any
 * other `!Rain::*` tag is read the same way (the parser only warns about unknown tags).
 */
export const RAIN_TAG_NAMES = ["Module", "Embed", "Include", "Env", "S3Http", "S3", "Constant"] as const;
export const RAIN_PREFIX = "Rain::";

/** The long form a tag expands to: CloudFormation short forms and Rain directives. */
function longFormOfTag(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const long = SHORT_FORMS.get(tag);
  if (long) return long;
  return tag.startsWith(`!${RAIN_PREFIX}`) && tag.length > RAIN_PREFIX.length + 1 ? tag.slice(1) : undefined;
}

/** The tags resolve to the plain node; the converter below reads `node.tag` and expands them. */
const CUSTOM_TAGS: (ScalarTag | CollectionTag)[] = [...SHORT_FORM_NAMES, ...RAIN_TAG_NAMES.map((n) => `${RAIN_PREFIX}${n}`)].flatMap((n) => [
  { tag: `!${n}`, resolve: (s: string) => s } satisfies ScalarTag,
  { tag: `!${n}`, collection: "seq", resolve: (v) => v } satisfies CollectionTag,
  { tag: `!${n}`, collection: "map", resolve: (v) => v } satisfies CollectionTag,
]);

/** Alias dereferences allowed per document (CloudFormation itself does not support aliases). */
export const MAX_ALIASES = 100;
/** Deepest nesting of maps and sequences read. */
export const MAX_DEPTH = 200;

export interface YamlDocuments {
  /** The root of every document that parsed without errors (non-empty). */
  documents: TNode[];
  diagnostics: Diagnostic[];
}

const PLAIN_NUMBER = /^[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$|^[-+]?\.[0-9]+(?:[eE][-+]?[0-9]+)?$/;

export function parseYaml(file: string, text: string, lines: LineIndex): YamlDocuments {
  const diagnostics: Diagnostic[] = [];
  const documents: TNode[] = [];
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(yamlLineBreaks(text), {
      customTags: CUSTOM_TAGS,
      schema: "core",
      uniqueKeys: false,
      keepSourceTokens: true,
      prettyErrors: false,
    }) as Document.Parsed[];
  } catch (e) {
    const message = e instanceof RangeError ? "Invalid YAML: the document is nested too deeply to read" : `Invalid YAML: ${(e as Error).message}`;
    diagnostics.push({ file, range: lines.rangeOf(0, Math.min(1, text.length)), severity: "error", message });
    return { documents, diagnostics };
  }
  if (!Array.isArray(docs)) return { documents, diagnostics };
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
      if (overflow) {
        const at = Math.min(...doc.errors.map((e) => e.pos[0]));
        diagnostics.push({
          file,
          range: lines.rangeOf(at, at + 1),
          severity: "error",
          message: "Nesting too deep: the YAML is nested too deeply to read; the document was not scanned",
        });
        continue;
      }
      for (const error of doc.errors.slice(0, 3)) {
        const [start, end] = error.pos;
        diagnostics.push({
          file,
          range: lines.rangeOf(start, Math.max(end, start + 1)),
          severity: "error",
          message: `Invalid YAML: ${firstLine(error.message)}`,
        });
      }
      continue;
    }
    if (!doc.contents) continue;
    const converter = new Converter(file, text, lines, doc, diagnostics);
    const root = converter.node(doc.contents, 0);
    if (root && !converter.aborted) documents.push(root);
  }
  return { documents, diagnostics };
}

/** The plain key `<<` (or `!!merge <<`): YAML 1.1's merge key. A quoted `"<<"` is an ordinary key. */
function isMergeKey(key: YNode | null): boolean {
  if (!key || !isScalar(key)) return false;
  // The `yaml` package reads an explicit `!!merge <<` as its merge symbol, even in the core schema.
  if (typeof key.value === "symbol") return key.value.description === "<<";
  if (key.value !== "<<") return false;
  if (key.tag) return key.tag === "tag:yaml.org,2002:merge";
  return key.type === "PLAIN";
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "").trim();
}

class Converter {
  private aliases = 0;
  private budget: number;
  private readonly reported = new Set<string>();
  aborted = false;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly lines: LineIndex,
    readonly doc: Document.Parsed,
    readonly diagnostics: Diagnostic[],
  ) {
    // Nodes produced may exceed the file's own only through aliases; this caps the expansion.
    this.budget = text.length + 10_000;
  }

  private report(start: number, end: number, message: string, severity: Diagnostic["severity"] = "error"): void {
    // An anchor converted again for each alias (or merge) would repeat its diagnostics.
    const id = `${start}:${end}:${message}`;
    if (this.reported.has(id)) return;
    this.reported.add(id);
    this.diagnostics.push({ file: this.file, range: this.lines.rangeOf(start, Math.max(end, start + 1)), severity, message });
  }

  node(n: YNode, depth: number): TNode | undefined {
    if (this.aborted) return undefined;
    if (--this.budget < 0) {
      this.aborted = true;
      this.report(n.range?.[0] ?? 0, n.range?.[1] ?? 0, "YAML aliases expand to far more content than the file holds (an alias bomb?); the document was not scanned");
      return undefined;
    }
    if (depth > MAX_DEPTH) {
      this.aborted = true;
      const at = n.range?.[0] ?? 0;
      this.report(at, at + 1, `Nesting too deep: more than ${MAX_DEPTH} levels of YAML maps and sequences; the document was not scanned`);
      return undefined;
    }
    if (isAlias(n)) return this.alias(n, depth);
    const plain = this.plain(n, depth);
    if (!plain) return undefined;
    const long = longFormOfTag(n.tag);
    if (!long) return plain;
    return this.shortForm(n.tag!, long, n, plain);
  }

  private alias(n: YNode & { source: string; resolve(doc: Document): YNode | undefined }, depth: number): TNode | undefined {
    const [start, valueEnd] = n.range!;
    if (++this.aliases > MAX_ALIASES) {
      this.aborted = true;
      this.report(start, valueEnd, `More than ${MAX_ALIASES} YAML aliases in one document (an alias bomb?); the document was not scanned`);
      return undefined;
    }
    const target = n.resolve(this.doc);
    if (!target) {
      this.report(start, valueEnd, `YAML alias *${n.source} refers to no anchor`);
      return scalar(null, start, valueEnd);
    }
    const resolved = this.node(target, depth + 1);
    // The value sits where the alias is written; its parts stay where the anchor defined them.
    return resolved ? { ...resolved, start, end: valueEnd } : undefined;
  }

  /** The node without its tag's meaning. */
  private plain(n: YNode, depth: number): TNode | undefined {
    const [start, valueEnd] = n.range!;
    if (isScalar(n)) return scalar(this.scalarValue(n.value, n.type, start, valueEnd), start, this.trimEnd(start, valueEnd));
    if (isMap(n)) {
      const entries: TEntry[] = [];
      const index = new Map<string, number>();
      // Entries brought in by `<<` keys, first one met winning; written keys override them below.
      const merged = new Map<string, TEntry>();
      let end = start;
      for (const pair of n.items) {
        const keyNode = pair.key as YNode | null;
        const valueNode = pair.value as YNode | null;
        const keyRange = keyNode?.range;
        const keyStart = keyRange ? this.withProps(keyNode!, keyRange[0]) : start;
        const keyEnd = keyRange ? this.trimEnd(keyRange[0], keyRange[1]) : keyStart;
        if (isMergeKey(keyNode)) {
          const value = valueNode ? this.node(valueNode, depth + 1) : undefined;
          if (valueNode && !value) return undefined;
          for (const source of this.mergeSources(value, keyStart, keyEnd)) {
            for (const e of source.entries) if (!merged.has(e.key)) merged.set(e.key, e);
          }
          end = Math.max(end, value?.end ?? keyEnd, keyEnd);
          continue;
        }
        const key = this.keyText(keyNode);
        let value: TNode | undefined;
        if (valueNode) {
          value = this.node(valueNode, depth + 1);
          if (!value) return undefined;
        } else {
          // `Key:` with nothing after it: an empty value right after the key.
          const after = this.text.indexOf(":", keyEnd);
          const at = after >= 0 && after - keyEnd < 3 ? after + 1 : keyEnd;
          value = scalar(null, at, at);
        }
        const e: TEntry = { key, keyStart, keyEnd, value };
        const previous = index.get(key);
        if (previous !== undefined) {
          const first = entries[previous]!;
          const at = this.lines.positionAt(first.keyStart);
          this.report(
            keyStart,
            keyEnd,
            `Duplicate key "${key}" (first at line ${at.line}); CloudFormation uses the last value, so the earlier one is ignored`,
            "warning",
          );
          entries.splice(previous, 1);
          for (const [k, i] of index) if (i > previous) index.set(k, i - 1);
        }
        index.set(key, entries.length);
        entries.push(e);
        end = Math.max(end, value.end, keyEnd);
      }
      const all = merged.size === 0 ? entries : [...[...merged.values()].filter((e) => !index.has(e.key)), ...entries];
      return { kind: "map", entries: all, start, end: n.flow ? valueEnd : end };
    }
    if (isSeq(n)) {
      const dashes = this.dashOffsets(n);
      const items: TItem[] = [];
      let end = start;
      let d = 0;
      for (const item of n.items) {
        const node = this.node(item as YNode, depth + 1);
        if (!node) return undefined;
        const nodeStart = Math.min(node.start, this.withProps(item as YNode, node.start));
        while (d + 1 < dashes.length && dashes[d + 1]! < nodeStart) d++;
        const dash = dashes[d];
        items.push({ node, start: dash !== undefined && dash < nodeStart ? dash : nodeStart });
        end = Math.max(end, node.end);
      }
      return { kind: "seq", items, start: items[0]?.start ?? start, end: n.flow ? valueEnd : end };
    }
    return scalar(null, start, valueEnd);
  }

  /**
   * The maps a `<<` value merges: a mapping, or each mapping of a sequence (in order, earlier
   * ones first). Anything else (a scalar, an intrinsic function, a list) is an error at the `<<`
   * key; in a list, the mappings are still merged and only the other items are dropped.
   */
  private mergeSources(value: TNode | undefined, keyStart: number, keyEnd: number): TMap[] {
    const isPlainMap = (v: TNode): v is TMap => v.kind === "map" && v.shortForm === undefined;
    if (value && isPlainMap(value)) return [value];
    const maps = value?.kind === "seq" ? value.items.map((i) => i.node).filter(isPlainMap) : [];
    if (!value || value.kind !== "seq" || maps.length !== value.items.length) {
      this.report(
        keyStart,
        keyEnd,
        "YAML merge key << needs a mapping or a list of mappings (such as *base or [*base, *defaults]); " +
          (maps.length > 0 ? "the other values of the list were not merged" : "nothing was merged"),
      );
    }
    return maps;
  }

  /** `!Name operand` → `{ LongName: operand }` (with `!GetAtt a.b.c` split into `["a", "b.c"]`). */
  private shortForm(tag: string, long: string, n: YNode, operand: TNode): TMap {
    const tagStart = this.tagStart(tag, n.range![0]);
    let value: TNode = operand;
    if (long === "Fn::GetAtt" && operand.kind === "scalar" && typeof operand.value === "string") {
      const s = operand.value;
      const dot = s.indexOf(".");
      if (dot > 0) {
        const quoted = this.text[operand.start] === '"' || this.text[operand.start] === "'" ? 1 : 0;
        const split = operand.start + quoted + dot;
        value = {
          kind: "seq",
          items: [
            { node: scalar(s.slice(0, dot), operand.start, split), start: operand.start },
            { node: scalar(s.slice(dot + 1), split + 1, operand.end), start: split + 1 },
          ],
          start: operand.start,
          end: operand.end,
        };
      }
    }
    if (operand.kind === "scalar" && operand.value === null) value = { ...operand, value: "" };
    const start = Math.min(tagStart, operand.start);
    return {
      kind: "map",
      entries: [{ key: long, keyStart: start, keyEnd: start + tag.length, value }],
      start,
      end: Math.max(operand.end, start + tag.length),
      shortForm: tag,
    };
  }

  /** Offset of the tag written before a node's content (`!Ref x`: the `!`). */
  private tagStart(tag: string, contentStart: number): number {
    const at = this.text.lastIndexOf(tag, contentStart);
    if (at < 0) return contentStart;
    const gap = this.text.slice(at + tag.length, contentStart);
    return /^(?:\s|&\S+|#[^\n]*)*$/.test(gap) ? at : contentStart;
  }

  /** A node's start including a tag written before it. */
  private withProps(n: YNode, contentStart: number): number {
    return n.tag && !n.tag.startsWith("tag:") ? this.tagStart(n.tag, contentStart) : contentStart;
  }

  /** Offsets of the `-` indicators of a block sequence, in order. */
  private dashOffsets(n: YNode): number[] {
    const token = (n as { srcToken?: { type: string; items?: { start?: { type: string; offset: number }[] }[] } }).srcToken;
    if (!token || token.type !== "block-seq" || !token.items) return [];
    const out: number[] = [];
    for (const item of token.items) for (const t of item.start ?? []) if (t.type === "seq-item-ind") out.push(t.offset);
    return out;
  }

  private keyText(key: YNode | null): string {
    if (!key) return "";
    if (isScalar(key)) return key.value === null ? "" : String(key.value);
    const r = key.range;
    return r ? this.text.slice(r[0], r[1]).trim() : "";
  }

  private scalarValue(value: unknown, type: string | undefined, start: number, end: number): Scalar {
    if (typeof value === "string" || typeof value === "boolean" || value === null) return value;
    if (typeof value === "number") {
      const source = this.text.slice(start, end);
      if (type === "PLAIN" && !PLAIN_NUMBER.test(source)) return source;
      return Number.isFinite(value) ? value : source;
    }
    if (value === undefined) return null;
    return String(value);
  }

  /** Ends exclude the line breaks and indentation after a block scalar. */
  private trimEnd(start: number, end: number): number {
    let e = end;
    while (e > start) {
      const c = this.text.charCodeAt(e - 1);
      if (c === 10 || c === 13 || c === 32 || c === 9) e--;
      else break;
    }
    return e;
  }
}
