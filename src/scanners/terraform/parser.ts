/**
 * Recursive-descent parser for HCL native syntax (the subset of hclsyntax that Terraform files
 * use, which is all of it): bodies, blocks, attributes and the full expression language, with
 * start/end offsets on every node. Newline handling follows HCL: newlines end attributes and
 * separate object items; inside parentheses, brackets, calls, for-expressions and template
 * interpolations they are ignored.
 */
import type {
  Attribute,
  Block,
  Body,
  BodyItem,
  Expr,
  ForExpr,
  Label,
  ObjectItem,
  TemplateDirective,
  TemplateExpr,
  TemplatePart,
} from "./ast.js";
import { lex, type Token } from "./lexer.js";

/** Maximum nesting of blocks and expressions before the parser gives up (no stack overflow). */
export const MAX_DEPTH = 200;

export class HclParseError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly endOffset: number = offset,
    /** A limit of ours (nesting depth), not a syntax error: no other parser is consulted. */
    readonly limit = false,
  ) {
    super(message);
    this.name = "HclParseError";
  }
}

export interface ParseOutcome {
  body: Body;
  /** The first syntax error, if any; `body` then holds the top-level items that parsed. */
  error?: HclParseError;
}

const BINARY_LEVELS: readonly (readonly string[])[] = [
  ["||"],
  ["&&"],
  ["==", "!="],
  ["<", ">", "<=", ">="],
  ["+", "-"],
  ["*", "/", "%"],
];

function describe(tok: Token): string {
  switch (tok.type) {
    case "eof":
      return "end of file";
    case "nl":
      return "newline";
    case "oquote":
      return "quoted string";
    case "heredoc":
      return "heredoc";
    default:
      return JSON.stringify(tok.text);
  }
}

class Parser {
  private tok: Token;
  /** Top of stack: are newline tokens significant here? */
  private nl: boolean[] = [true];
  private depth = 0;

  /** `bare`: the text is a template body (nothing is lexed until a sequence starts). */
  constructor(
    private readonly text: string,
    bare = false,
  ) {
    this.tok = bare ? { type: "eof", start: 0, end: 0, text: "" } : this.fetch(0);
  }

  parseTemplateBody(): TemplateExpr {
    return { kind: "template", parts: this.templateParts(0, this.text.length), quoted: false, stripIndent: 0, start: 0, end: this.text.length };
  }

  parseWholeExpression(): Expr {
    this.pushNl(false);
    this.tok = this.fetch(0);
    const expr = this.parseExpression();
    if (this.t().type !== "eof") this.fail(`Extra characters after expression: found ${describe(this.tok)}`);
    return expr;
  }

  // ---- token plumbing -------------------------------------------------------------------

  private fetch(pos: number): Token {
    let t = lex(this.text, pos);
    if (!this.nl[this.nl.length - 1]) {
      while (t.type === "nl") t = lex(this.text, t.end);
    }
    return t;
  }

  /** The current token (a method, so TypeScript does not narrow it across advance()). */
  private t(): Token {
    return this.tok;
  }

  private advance(): Token {
    const t = this.tok;
    this.tok = this.fetch(t.end);
    return t;
  }

  private peekAfter(t: Token): Token {
    return this.fetch(t.end);
  }

  private pushNl(include: boolean): void {
    this.nl.push(include);
  }

  private popNl(): void {
    this.nl.pop();
  }

  private is(text: string): boolean {
    return this.t().type === "punct" && this.t().text === text;
  }

  private fail(message: string, tok: Token = this.tok): never {
    if (tok.type === "invalid" && tok.error) throw new HclParseError(tok.error, tok.start, tok.end);
    throw new HclParseError(message, tok.start, tok.end);
  }

  private expect(text: string, context: string): Token {
    if (!this.is(text)) this.fail(`${context}: expected ${JSON.stringify(text)}, found ${describe(this.tok)}`);
    return this.advance();
  }

  private enter(at: number): void {
    if (++this.depth > MAX_DEPTH) {
      throw new HclParseError(`Nesting too deep: more than ${MAX_DEPTH} levels of blocks or expressions; driftless does not read files nested this deeply`, at, at, true);
    }
  }

  private leave(): void {
    this.depth--;
  }

  // ---- bodies ----------------------------------------------------------------------------

  /**
   * Parses the whole file. After a syntax error, parsing resumes at the next line that starts
   * with an identifier in column 1 (the usual start of a top-level block), so the blocks after
   * a construct we cannot read are still recovered; the first error is returned.
   */
  parseFile(): ParseOutcome {
    const items: BodyItem[] = [];
    let error: HclParseError | undefined;
    for (;;) {
      try {
        for (;;) {
          while (this.t().type === "nl") this.advance();
          if (this.t().type === "eof") break;
          if (this.is("}")) this.fail("Unexpected \"}\": there is no block to close here");
          items.push(this.parseItem(true));
        }
        break;
      } catch (e) {
        if (!(e instanceof HclParseError)) throw e;
        error ??= e;
        const resume = this.resyncAfter(Math.max(e.offset, this.tok.start));
        if (resume < 0) break;
        this.nl = [true];
        this.depth = 0;
        this.tok = this.fetch(resume);
      }
    }
    const body: Body = { start: 0, end: this.text.length, items };
    return error ? { body, error } : { body };
  }

  private resyncAfter(offset: number): number {
    const re = /\n(?=[A-Za-z_])/g;
    re.lastIndex = offset;
    const m = re.exec(this.text);
    return m ? m.index + 1 : -1;
  }

  /** Parses items until `}` (not consumed). */
  private parseBodyItems(openBrace: Token): BodyItem[] {
    const items: BodyItem[] = [];
    for (;;) {
      while (this.t().type === "nl") this.advance();
      if (this.t().type === "eof") {
        throw new HclParseError("Unclosed configuration block: there is no closing brace for this block", openBrace.start, openBrace.end);
      }
      if (this.is("}")) return items;
      items.push(this.parseItem(false));
    }
  }

  private parseItem(topLevel: boolean): BodyItem {
    const nameTok = this.tok;
    if (nameTok.type !== "ident" || nameTok.text.includes("::")) {
      this.fail(`Argument or block definition required: an argument or block definition is required here, found ${describe(nameTok)}`);
    }
    this.advance();
    if (this.is("=")) {
      this.advance();
      const expr = this.parseExpression();
      const attr: Attribute = { type: "attribute", name: nameTok.text, nameEnd: nameTok.end, expr, start: nameTok.start, end: expr.end };
      this.endOfItem("argument", topLevel);
      return attr;
    }
    const labels: Label[] = [];
    for (;;) {
      if (this.t().type === "oquote") {
        const t = this.parseQuotedTemplate();
        if (t.parts.some((p) => p.kind !== "literal")) {
          throw new HclParseError("Invalid block label: template sequences are not allowed in block labels", t.start, t.end);
        }
        labels.push({ start: t.start, end: t.end, value: t.parts.map((p) => decodeLiteral(this.text, p.start, p.end, true)).join("") });
      } else if (this.t().type === "ident") {
        const t = this.advance();
        labels.push({ start: t.start, end: t.end, value: t.text });
      } else break;
    }
    if (!this.is("{")) {
      if (labels.length === 0 && this.t().type !== "invalid") {
        this.fail(`Invalid argument or block: an equals sign ("=") must follow an argument name, or a block must open with "{"; found ${describe(this.tok)}`);
      }
      this.fail(`Invalid block definition: a block definition must have a block content delimited by "{" and "}", starting on the same line as the block header; found ${describe(this.tok)}`);
    }
    const open = this.advance();
    this.enter(open.start);
    const items = this.parseBodyItems(open);
    this.leave();
    const close = this.advance(); // `}`
    const block: Block = {
      type: "block",
      blockType: nameTok.text,
      labels,
      headerEnd: open.end,
      body: { start: open.end, end: close.start, items },
      start: nameTok.start,
      end: close.end,
    };
    this.endOfItem("block", topLevel);
    return block;
  }

  private endOfItem(what: string, topLevel: boolean): void {
    if (this.t().type === "nl") {
      this.advance();
      return;
    }
    if (this.t().type === "eof") return;
    if (!topLevel && this.is("}")) return;
    this.fail(`Missing newline after ${what}: an ${what === "block" ? "block definition" : "argument definition"} must end with a newline; found ${describe(this.tok)}`);
  }

  // ---- expressions -----------------------------------------------------------------------

  parseExpression(): Expr {
    this.enter(this.tok.start);
    const condition = this.parseBinary(0);
    let result: Expr = condition;
    if (this.is("?")) {
      this.advance();
      const whenTrue = this.parseExpression();
      this.expect(":", "Missing false expression in conditional");
      const whenFalse = this.parseExpression();
      result = { kind: "conditional", condition, whenTrue, whenFalse, start: condition.start, end: whenFalse.end };
    }
    this.leave();
    return result;
  }

  private parseBinary(level: number): Expr {
    if (level >= BINARY_LEVELS.length) return this.parseUnary();
    const ops = BINARY_LEVELS[level]!;
    let left = this.parseBinary(level + 1);
    while (this.t().type === "punct" && ops.includes(this.t().text)) {
      const op = this.advance().text;
      const right = this.parseBinary(level + 1);
      left = { kind: "binary", op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private parseUnary(): Expr {
    if (this.is("!") || this.is("-")) {
      const op = this.advance();
      this.enter(op.start);
      const operand = this.parseUnary();
      this.leave();
      return { kind: "unary", op: op.text, operand, start: op.start, end: operand.end };
    }
    return this.parsePostfix(this.parsePrimary());
  }

  private parsePostfix(expr: Expr): Expr {
    for (;;) {
      if (this.is(".")) {
        const dot = this.advance();
        const t = this.tok;
        if (t.type === "ident" && !t.text.includes("::")) {
          this.advance();
          expr = { kind: "getattr", target: expr, name: t.text, start: expr.start, end: t.end };
        } else if (t.type === "number" && /^\d+$/.test(t.text)) {
          this.advance();
          const key: Expr = { kind: "literal", value: Number(t.text), start: t.start, end: t.end };
          expr = { kind: "index", target: expr, key, start: expr.start, end: t.end };
        } else if (t.type === "number" && /^\d+\.\d+$/.test(t.text)) {
          // a.0.1 lexes as a.<0.1>: two legacy indexes
          this.advance();
          const [a, b] = t.text.split(".");
          const k1: Expr = { kind: "literal", value: Number(a), start: t.start, end: t.start + a!.length };
          expr = { kind: "index", target: expr, key: k1, start: expr.start, end: k1.end };
          const k2: Expr = { kind: "literal", value: Number(b), start: k1.end + 1, end: t.end };
          expr = { kind: "index", target: expr, key: k2, start: expr.start, end: t.end };
        } else if (this.is("*")) {
          const star = this.advance();
          expr = { kind: "splat", target: expr, legacy: true, start: expr.start, end: star.end };
        } else {
          this.fail(`Invalid attribute name: an attribute name is required after a dot, found ${describe(t)}`, t.type === "eof" ? dot : t);
        }
      } else if (this.is("[")) {
        const open = this.tok;
        this.pushNl(false);
        this.advance();
        if (this.is("*")) {
          this.advance();
          if (!this.is("]")) {
            this.popNl();
            this.fail(`Invalid splat: expected "]" after "[*", found ${describe(this.tok)}`);
          }
          this.popNl();
          const close = this.advance();
          expr = { kind: "splat", target: expr, legacy: false, start: expr.start, end: close.end };
        } else {
          const key = this.parseExpression();
          if (!this.is("]")) this.fail(`Missing close bracket on index: the index operator must end with a closing bracket ("]"), found ${describe(this.tok)}`);
          this.popNl();
          const close = this.advance();
          expr = { kind: "index", target: expr, key, start: expr.start, end: close.end };
          void open;
        }
      } else {
        return expr;
      }
    }
  }

  private parsePrimary(): Expr {
    const t = this.tok;
    switch (t.type) {
      case "number": {
        this.advance();
        return { kind: "literal", value: Number(t.text), start: t.start, end: t.end };
      }
      case "ident": {
        if (t.text === "true" || t.text === "false" || t.text === "null") {
          this.advance();
          return { kind: "literal", value: t.text === "null" ? null : t.text === "true", start: t.start, end: t.end };
        }
        this.advance();
        if (this.is("(")) return this.parseCall(t);
        if (t.text.includes("::")) this.fail(`Missing function call arguments: expected "(" after the function name ${JSON.stringify(t.text)}`);
        return { kind: "variable", name: t.text, start: t.start, end: t.end };
      }
      case "oquote":
        return this.parseQuotedTemplate();
      case "heredoc":
        return this.parseHeredoc();
      case "punct": {
        if (t.text === "(") {
          this.pushNl(false);
          this.advance();
          const inner = this.parseExpression();
          if (!this.is(")")) this.fail(`Unbalanced parentheses: expected a closing parenthesis, found ${describe(this.tok)}`);
          this.popNl();
          const close = this.advance();
          return { kind: "paren", inner, start: t.start, end: close.end };
        }
        if (t.text === "[") return this.parseTuple();
        if (t.text === "{") return this.parseObject();
        break;
      }
      default:
        break;
    }
    this.fail(`Invalid expression: expected the start of an expression, but found ${describe(t)}`);
  }

  private parseCall(nameTok: Token): Expr {
    this.pushNl(false);
    this.advance(); // (
    const args: Expr[] = [];
    let expandFinal = false;
    while (!this.is(")")) {
      if (this.t().type === "eof") this.fail(`Unterminated function call: expected ")" to close the call to ${nameTok.text}`);
      args.push(this.parseExpression());
      if (this.is("...")) {
        this.advance();
        expandFinal = true;
        if (!this.is(")")) this.fail(`Missing closing parenthesis: an expanded function argument (with "...") must be the last argument`);
        break;
      }
      if (this.is(",")) {
        this.advance();
        continue;
      }
      if (!this.is(")")) this.fail(`Missing argument separator: a comma is required to separate function arguments, found ${describe(this.tok)}`);
    }
    this.popNl();
    const close = this.advance();
    return { kind: "call", name: nameTok.text, args, expandFinal, start: nameTok.start, end: close.end };
  }

  private isForIntro(): boolean {
    if (this.t().type !== "ident" || this.t().text !== "for") return false;
    return this.peekAfter(this.tok).type === "ident";
  }

  private parseTuple(): Expr {
    const open = this.tok;
    this.pushNl(false);
    this.advance();
    if (this.isForIntro()) return this.parseFor(open, false);
    const items: Expr[] = [];
    while (!this.is("]")) {
      if (this.t().type === "eof") this.fail(`Unterminated tuple: expected "]" to close the list started here`, open);
      items.push(this.parseExpression());
      if (this.is(",")) {
        this.advance();
        continue;
      }
      if (!this.is("]")) this.fail(`Missing item separator: expected a comma or "]" after a list item, found ${describe(this.tok)}`);
    }
    this.popNl();
    const close = this.advance();
    return { kind: "tuple", items, start: open.start, end: close.end };
  }

  private parseObject(): Expr {
    const open = this.tok;
    this.pushNl(true);
    this.advance();
    while (this.t().type === "nl") this.advance();
    if (this.isForIntro()) {
      this.popNl();
      this.pushNl(false);
      // re-fetch the current token in the new newline mode is not needed: it is `for`
      return this.parseFor(open, true);
    }
    const items: ObjectItem[] = [];
    for (;;) {
      while (this.t().type === "nl") this.advance();
      if (this.is("}")) break;
      if (this.t().type === "eof") this.fail(`Unterminated object: expected "}" to close the object started here`, open);
      this.pushNl(false);
      const key = this.parseBinary(0);
      if (!this.is("=") && !this.is(":")) {
        this.popNl();
        this.fail(`Missing key/value separator: expected an equals sign ("=") after the object key, found ${describe(this.tok)}`);
      }
      this.popNl();
      this.advance();
      const value = this.parseExpression();
      items.push({ key, value, start: key.start, end: value.end });
      if (this.is(",")) {
        this.advance();
        continue;
      }
      if (this.t().type === "nl") continue;
      if (this.is("}")) break;
      this.fail(`Missing attribute separator: expected a newline or comma to mark the beginning of the next attribute, found ${describe(this.tok)}`);
    }
    this.popNl();
    const close = this.advance();
    return { kind: "object", items, start: open.start, end: close.end };
  }

  /** Called with the current token on `for` (newlines already ignored). */
  private parseFor(open: Token, object: boolean): ForExpr {
    this.advance(); // for
    const first = this.tok;
    if (first.type !== "ident") this.fail("Invalid for expression: expected an iterator variable name");
    this.advance();
    let keyVar: string | undefined;
    let valueVar = first.text;
    if (this.is(",")) {
      this.advance();
      const second = this.tok;
      if (second.type !== "ident") this.fail("Invalid for expression: expected a value variable name after the comma");
      this.advance();
      keyVar = first.text;
      valueVar = second.text;
    }
    if (!(this.t().type === "ident" && this.t().text === "in")) this.fail(`Invalid for expression: expected "in" after the iterator variables, found ${describe(this.tok)}`);
    this.advance();
    const collection = this.parseExpression();
    this.expect(":", "Invalid for expression");
    let keyExpr: Expr | undefined;
    let valueExpr = this.parseExpression();
    let group = false;
    if (object) {
      if (!this.is("=>")) this.fail(`Invalid for expression: an object for expression needs "=>" between key and value, found ${describe(this.tok)}`);
      this.advance();
      keyExpr = valueExpr;
      valueExpr = this.parseExpression();
      if (this.is("...")) {
        this.advance();
        group = true;
      }
    }
    let condition: Expr | undefined;
    if (this.t().type === "ident" && this.t().text === "if") {
      this.advance();
      condition = this.parseExpression();
    }
    const closeText = object ? "}" : "]";
    if (!this.is(closeText)) this.fail(`Invalid for expression: expected ${JSON.stringify(closeText)} to end the for expression, found ${describe(this.tok)}`);
    this.popNl();
    const close = this.advance();
    const result: ForExpr = { kind: "for", object, valueVar, collection, valueExpr, group, start: open.start, end: close.end };
    if (keyVar !== undefined) result.keyVar = keyVar;
    if (keyExpr) result.keyExpr = keyExpr;
    if (condition) result.condition = condition;
    return result;
  }

  // ---- templates -------------------------------------------------------------------------

  /** Current token is `"`. Scans characters directly until the closing quote. */
  private parseQuotedTemplate(): TemplateExpr {
    const open = this.tok;
    const text = this.text;
    const parts: TemplatePart[] = [];
    let i = open.end;
    let litStart = i;
    const n = text.length;
    for (;;) {
      if (i >= n) throw new HclParseError("Unterminated template string: no closing quote (\") for this string", open.start, open.end);
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 10 || c === 13) {
        throw new HclParseError("Invalid multi-line string: quoted strings may not be split over multiple lines; use a heredoc or the join function", i, i + 1);
      }
      if (c === 92) {
        const e = text.charCodeAt(i + 1);
        if (e === 117) i += 6;
        else if (e === 85) i += 10;
        else if (e === 110 || e === 114 || e === 116 || e === 34 || e === 92) i += 2;
        else throw new HclParseError(`Invalid escape sequence: the symbol ${JSON.stringify(text[i + 1] ?? "")} is not a valid escape sequence selector`, i, i + 2);
        continue;
      }
      if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 123) {
        i += 3;
        continue;
      }
      const r = this.templateSequence(i, parts, litStart);
      if (r !== undefined) {
        i = r;
        litStart = i;
        continue;
      }
      i++;
    }
    if (i > litStart || parts.length === 0) parts.push({ kind: "literal", start: litStart, end: i });
    this.tok = this.fetch(i + 1);
    return { kind: "template", parts, quoted: true, stripIndent: 0, start: open.start, end: i + 1 };
  }

  /** The literal parts and `${…}` / `%{…}` sequences of template text between `start` and `end` (a heredoc body, a JSON string). */
  private templateParts(start: number, end: number): TemplatePart[] {
    const text = this.text;
    const parts: TemplatePart[] = [];
    let litStart = start;
    let i = start;
    while (i < end) {
      const r = this.templateSequence(i, parts, litStart);
      if (r !== undefined) {
        if (r > end) throw new HclParseError("Unterminated template interpolation inside the heredoc", i, i + 2);
        i = r;
        litStart = i;
        continue;
      }
      const c = text.charCodeAt(i);
      if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 123) i += 3;
      else i++;
    }
    if (end > litStart || parts.length === 0) parts.push({ kind: "literal", start: litStart, end });
    return parts;
  }

  /**
   * At offset `i` inside a template: handles `$${`/`%%{` escapes (returns undefined: literal),
   * and `${ ... }` / `%{ ... }` sequences (flushes the literal before, returns the offset after).
   */
  private templateSequence(i: number, parts: TemplatePart[], litStart: number): number | undefined {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c !== 36 && c !== 37) return undefined;
    const d = text.charCodeAt(i + 1);
    if (d !== 123) return undefined;
    if (i > litStart) parts.push({ kind: "literal", start: litStart, end: i });
    let pos = i + 2;
    const stripLeft = text.charCodeAt(pos) === 126; // ~
    if (stripLeft) pos++;
    this.pushNl(false);
    this.tok = this.fetch(pos);
    let part: TemplatePart;
    if (c === 36) {
      const expr = this.parseExpression();
      part = { kind: "interpolation", expr, start: i, end: 0 };
    } else {
      const kw = this.tok;
      if (kw.type !== "ident") this.fail("Invalid template directive: expected if, else, endif, for or endfor");
      this.advance();
      const exprs: Expr[] = [];
      const names: string[] = [];
      if (kw.text === "if") exprs.push(this.parseExpression());
      else if (kw.text === "for") {
        while (this.t().type === "ident" && this.t().text !== "in") {
          names.push(this.advance().text);
          if (this.is(",")) this.advance();
        }
        if (!(this.t().type === "ident" && this.t().text === "in")) this.fail(`Invalid template directive: expected "in", found ${describe(this.tok)}`);
        if (names.length === 0 || names.length > 2) this.fail("Invalid template directive: a for directive needs one or two iterator names before \"in\"");
        this.advance();
        exprs.push(this.parseExpression());
      } else if (kw.text !== "else" && kw.text !== "endif" && kw.text !== "endfor") {
        this.fail(`Invalid template directive: ${JSON.stringify(kw.text)} is not a template directive keyword`, kw);
      }
      const directive: TemplateDirective = { kind: "directive", keyword: kw.text, exprs, start: i, end: 0 };
      if (names.length === 2) {
        directive.keyVar = names[0]!;
        directive.valueVar = names[1]!;
      } else if (names.length === 1) directive.valueVar = names[0]!;
      part = directive;
    }
    if (stripLeft) part.stripLeft = true;
    if (this.is("~")) {
      this.advance();
      part.stripRight = true;
    }
    if (!this.is("}")) this.fail(`Extra characters after interpolation expression: expected a closing brace to end the interpolation, found ${describe(this.tok)}`);
    this.popNl();
    part.end = this.tok.end;
    parts.push(part);
    return this.tok.end;
  }

  private parseHeredoc(): TemplateExpr {
    const open = this.tok;
    const text = this.text;
    const marker = open.text;
    let i = open.end;
    if (text.charCodeAt(i) === 13) i++;
    if (text.charCodeAt(i) !== 10) {
      throw new HclParseError("Invalid heredoc: the heredoc marker must be followed by a newline", open.end, open.end + 1);
    }
    const bodyStart = i + 1;
    // find the closing marker line
    let lineStart = bodyStart;
    let closeStart = -1;
    let closeEnd = -1;
    const n = text.length;
    while (lineStart <= n) {
      let lineEnd = text.indexOf("\n", lineStart);
      if (lineEnd < 0) lineEnd = n;
      let a = lineStart;
      while (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9) a++;
      let b = lineEnd;
      if (text.charCodeAt(b - 1) === 13) b--;
      let bt = b;
      while (bt > a && (text.charCodeAt(bt - 1) === 32 || text.charCodeAt(bt - 1) === 9)) bt--;
      if (bt - a === marker.length && text.startsWith(marker, a)) {
        closeStart = lineStart;
        closeEnd = a + marker.length;
        break;
      }
      if (lineEnd >= n) break;
      lineStart = lineEnd + 1;
    }
    if (closeStart < 0) {
      throw new HclParseError(`Unterminated template string: the heredoc has no closing marker ${JSON.stringify(marker)}`, open.start, open.end);
    }
    let stripIndent = 0;
    if (open.flush) {
      let min = Infinity;
      let ls = bodyStart;
      while (ls < closeStart) {
        let le = text.indexOf("\n", ls);
        if (le < 0 || le > closeStart) le = closeStart;
        let a = ls;
        while (a < le && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
        const blank = a >= le || (text.charCodeAt(a) === 13 && a + 1 >= le);
        if (!blank) min = Math.min(min, a - ls);
        ls = le + 1;
      }
      stripIndent = min === Infinity ? 0 : min;
    }
    const parts = this.templateParts(bodyStart, closeStart);
    this.tok = this.fetch(closeEnd);
    return { kind: "template", parts, quoted: false, stripIndent, start: open.start, end: closeEnd };
  }
}

/**
 * Decodes a literal template part. Quoted parts interpret backslash escapes; both forms turn
 * `$${`/`%%{` into `${`/`%{`. With `stripIndent`, that many leading whitespace characters are
 * removed from each line (`atLineStart` says whether `start` begins a line). When `map` is
 * given, `map[k]` receives the source offset of decoded character k (plus one final entry).
 */
export function decodeLiteral(
  text: string,
  start: number,
  end: number,
  quoted: boolean,
  stripIndent = 0,
  atLineStart = false,
  map?: number[],
): string {
  let out = "";
  let i = start;
  let lineStart = atLineStart;
  while (i < end) {
    if (lineStart && stripIndent > 0) {
      let k = 0;
      while (k < stripIndent && i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) {
        i++;
        k++;
      }
      lineStart = false;
      if (i >= end) break;
    }
    const c = text.charCodeAt(i);
    if (quoted && c === 92) {
      const e = text[i + 1];
      let ch: string;
      let len = 2;
      switch (e) {
        case "n": ch = "\n"; break;
        case "r": ch = "\r"; break;
        case "t": ch = "\t"; break;
        case '"': ch = '"'; break;
        case "\\": ch = "\\"; break;
        case "u": ch = String.fromCodePoint(parseInt(text.slice(i + 2, i + 6), 16) || 0); len = 6; break;
        case "U": {
          const cp = parseInt(text.slice(i + 2, i + 10), 16);
          ch = String.fromCodePoint(Number.isFinite(cp) && cp <= 0x10ffff ? cp : 0xfffd);
          len = 10;
          break;
        }
        default: ch = e ?? ""; break;
      }
      if (map) for (let k = 0; k < ch.length; k++) map.push(i);
      out += ch;
      i += len;
      continue;
    }
    if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 123) {
      if (map) map.push(i + 1, i + 2);
      out += c === 36 ? "${" : "%{";
      i += 3;
      continue;
    }
    if (map) map.push(i);
    out += text[i]!;
    if (c === 10) lineStart = true;
    i++;
  }
  if (map) map.push(i);
  return out;
}

export function parseHcl(text: string): ParseOutcome {
  return new Parser(text).parseFile();
}

/**
 * Parses a whole text as a template body, as Terraform reads a string in its JSON syntax
 * (`"${var.region}-app"`): literal text with `${…}` and `%{…}` sequences, no quotes, no escapes
 * other than `$${` and `%%{`. Offsets are into `text`. Throws HclParseError.
 */
export function parseTemplateText(text: string): TemplateExpr {
  return new Parser(text, true).parseTemplateBody();
}

/** Parses `text` as one expression (a `--var` value of a collection type, a traversal written as a JSON string). Throws HclParseError. */
export function parseExpressionText(text: string): Expr {
  return new Parser(text).parseWholeExpression();
}
