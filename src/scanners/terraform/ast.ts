/**
 * The HCL native-syntax AST produced by `parser.ts`. Every node carries `start`/`end` string
 * offsets (end exclusive) into the file text; JS strings are UTF-16, so offsets convert to
 * SARIF columns with `LineIndex` directly.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Body extends Span {
  items: BodyItem[];
}

export type BodyItem = Attribute | Block;

export interface Attribute extends Span {
  type: "attribute";
  name: string;
  nameEnd: number;
  expr: Expr;
}

export interface Label extends Span {
  value: string;
}

export interface Block extends Span {
  type: "block";
  blockType: string;
  labels: Label[];
  /** Offset just after the opening `{`: `start..headerEnd` is the header. */
  headerEnd: number;
  body: Body;
}

/** A literal piece of a template: raw source text between `start` and `end`, decoded on demand. */
export interface TemplateLiteral extends Span {
  kind: "literal";
}
/** `${~ expr ~}`: a `~` strips the whitespace (newlines included) of the literal on that side. */
export interface TemplateInterpolation extends Span {
  kind: "interpolation";
  expr: Expr;
  stripLeft?: boolean;
  stripRight?: boolean;
}
/** `%{ if c }`, `%{ else }`, `%{ endif }`, `%{ for k, v in xs }`, `%{ endfor }`. */
export interface TemplateDirective extends Span {
  kind: "directive";
  keyword: string;
  exprs: Expr[];
  /** `for` directives: the iterator names. */
  keyVar?: string;
  valueVar?: string;
  stripLeft?: boolean;
  stripRight?: boolean;
}
export type TemplatePart = TemplateLiteral | TemplateInterpolation | TemplateDirective;

export type Expr =
  | LiteralExpr
  | TemplateExpr
  | TupleExpr
  | ObjectExpr
  | CallExpr
  | VariableExpr
  | GetAttrExpr
  | IndexExpr
  | SplatExpr
  | UnaryExpr
  | BinaryExpr
  | ConditionalExpr
  | ForExpr
  | ParenExpr;

export interface LiteralExpr extends Span {
  kind: "literal";
  value: null | boolean | number;
}

/**
 * A text that part of the tree was parsed from other than the file itself: the decoded content
 * of a JSON string (Terraform parses it as a template after JSON unescaping). Offsets of nodes
 * inside are into `text`; `offsets[i]` is the file offset of its character i (plus one past the end).
 */
export interface TextSpace {
  text: string;
  offsets: number[];
}

export interface TemplateExpr extends Span {
  kind: "template";
  parts: TemplatePart[];
  /** Quoted templates interpret backslash escapes; heredocs do not. */
  quoted: boolean;
  /** `<<-` heredoc: number of leading whitespace characters stripped from each line. */
  stripIndent: number;
  /**
   * Set for a template read from a JSON string: its parts' offsets are into `space.text`, while
   * the template's own `start`/`end` are file offsets (the whole string literal).
   */
  space?: TextSpace;
}

export interface TupleExpr extends Span {
  kind: "tuple";
  items: Expr[];
}

export interface ObjectItem extends Span {
  key: Expr;
  value: Expr;
}

export interface ObjectExpr extends Span {
  kind: "object";
  items: ObjectItem[];
}

export interface CallExpr extends Span {
  kind: "call";
  /** Function name as written, including a `provider::ns::` prefix. */
  name: string;
  args: Expr[];
  expandFinal: boolean;
}

export interface VariableExpr extends Span {
  kind: "variable";
  name: string;
}

export interface GetAttrExpr extends Span {
  kind: "getattr";
  target: Expr;
  name: string;
}

export interface IndexExpr extends Span {
  kind: "index";
  target: Expr;
  key: Expr;
}

export interface SplatExpr extends Span {
  kind: "splat";
  target: Expr;
  legacy: boolean;
}

export interface UnaryExpr extends Span {
  kind: "unary";
  op: string;
  operand: Expr;
}

export interface BinaryExpr extends Span {
  kind: "binary";
  op: string;
  left: Expr;
  right: Expr;
}

export interface ConditionalExpr extends Span {
  kind: "conditional";
  condition: Expr;
  whenTrue: Expr;
  whenFalse: Expr;
}

export interface ForExpr extends Span {
  kind: "for";
  object: boolean;
  keyVar?: string;
  valueVar: string;
  collection: Expr;
  keyExpr?: Expr;
  valueExpr: Expr;
  group: boolean;
  condition?: Expr;
}

export interface ParenExpr extends Span {
  kind: "paren";
  inner: Expr;
}
