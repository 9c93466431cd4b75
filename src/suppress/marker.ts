/**
 * The word that starts an inline suppression. Kept apart from the comment lexers so that a scan
 * can tell whether any file holds one without loading them (the YAML lexer loads `yaml`).
 */
export const MARKER = "driftless:ignore";
