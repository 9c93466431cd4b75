/**
 * `Fn::Sub` template strings: literal text and `${Name}` / `${Resource.Attribute}` variables;
 * `${!Literal}` is an escape that stands for the text `${Literal}`.
 */
export type SubPart = { literal: string } | { variable: string };

export function parseSub(template: string): SubPart[] {
  const parts: SubPart[] = [];
  let literal = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("${", i);
    if (open < 0) break;
    const close = template.indexOf("}", open + 2);
    if (close < 0) break;
    literal += template.slice(i, open);
    const inner = template.slice(open + 2, close);
    if (inner.startsWith("!")) {
      literal += `\${${inner.slice(1)}}`;
    } else {
      if (literal) parts.push({ literal });
      literal = "";
      parts.push({ variable: inner.trim() });
    }
    i = close + 1;
  }
  literal += template.slice(i);
  if (literal) parts.push({ literal });
  return parts;
}
