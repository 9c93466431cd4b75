/**
 * npm version ranges (https://docs.npmjs.com/cli/v10/configuring-npm/package-json#dependencies),
 * judged only for what pinning rules need: can the range pull in any future major version?
 */
export function isOpenEndedRange(spec: string): boolean {
  const text = spec.trim();
  // Not a registry range at all: a path, a URL, a git reference, an alias; other rules' business.
  if (/^(file:|link:|workspace:|npm:|git\+|git:|github:|https?:|[\w.-]+\/[\w.-]+(#.*)?$)/.test(text)) return false;
  // A dist-tag (latest, next, beta) moves with every publish.
  if (/^[A-Za-z][\w.-]*$/.test(text) && !/^v?\d/.test(text) && !/^[xX*]$/.test(text)) return true;
  return text.split("||").some((alternative) => alternativeIsOpen(alternative.trim()));
}

function alternativeIsOpen(alternative: string): boolean {
  if (alternative === "" || /^[*xX](\.[*xX]){0,2}$/.test(alternative)) return true;
  if (/\s-\s/.test(alternative)) return false; // hyphen range: 1.2.3 - 2.3.4
  const comparators = alternative.replace(/([<>]=?|=|\^|~)\s+/g, "$1").split(/\s+/).filter(Boolean);
  const hasUpper = comparators.some((c) => /^(<|<=|\^|~|=)?\s*v?\d/.test(c) && !/^>/.test(c));
  const hasLower = comparators.some((c) => /^>=?/.test(c));
  return hasLower && !hasUpper;
}
