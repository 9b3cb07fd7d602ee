// The copylint.json that "CopyLint: Create copylint.json" writes. JSON with comments: CopyLint's loader
// ignores comments, and VS Code opens copylint.json as JSONC. Pure module so tests can check it against the schema.

export const STARTER_CONFIG = `{
  // CopyLint settings for this folder and every folder below it.
  // "root": true stops CopyLint from also reading a copylint.json in a parent folder.
  "root": true,

  // Change how a rule is reported: "error", "warning", "info", "hint" or "none".
  // Example: "CL0005": "none"
  "rules": {},

  // Files CopyLint skips (globs, relative to this file).
  "exclude": [],

  // Your desk's own rules (JSON rule packs, relative to this file).
  "rulePacks": []
}
`;
