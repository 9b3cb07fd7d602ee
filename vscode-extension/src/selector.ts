// Which documents CopyLint checks, from copylint.languages and copylint.globs. Pure (no `vscode` import).

export const DEFAULT_LANGUAGES = ['markdown', 'plaintext', 'html'];

/** One entry of an LSP / VS Code document selector. */
export interface SelectorFilter {
  scheme?: string;
  language?: string;
  pattern?: string;
}

/** Clean a user-supplied list: strings only, trimmed, non-empty, no duplicates. */
export function cleanList(value: unknown, fallback: string[] = []): string[] {
  if (!Array.isArray(value)) return [...fallback];
  const out: string[] = [];
  for (const v of value) {
    if (typeof v !== 'string') continue;
    const t = v.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/**
 * Files on disk and unsaved (untitled) drafts in the listed languages, plus files on disk that match a glob.
 * Globs without a folder part (`*.story`) are made to match in any folder (`**\/*.story`).
 */
export function buildSelector(languages: unknown, globs: unknown): SelectorFilter[] {
  const langs = cleanList(languages, DEFAULT_LANGUAGES);
  const selector: SelectorFilter[] = [];
  for (const language of langs) {
    selector.push({ scheme: 'file', language }, { scheme: 'untitled', language });
  }
  for (const glob of cleanList(globs)) {
    selector.push({ scheme: 'file', pattern: normalizeGlob(glob) });
  }
  return selector;
}

export function normalizeGlob(glob: string): string {
  const g = glob.replace(/\\/g, '/');
  return g.includes('/') ? g : `**/${g}`;
}
