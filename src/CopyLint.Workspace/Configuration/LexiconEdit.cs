namespace CopyLint.Workspace.Configuration;

/// <summary>How a project changes one shipped word list: add and remove entries, or replace the list.</summary>
public sealed record LexiconEdit(IReadOnlyList<string> Add, IReadOnlyList<string> Remove, IReadOnlyList<string>? Replace);
