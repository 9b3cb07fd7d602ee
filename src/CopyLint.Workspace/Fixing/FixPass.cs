using CopyLint.Core.Text;

namespace CopyLint.Workspace.Fixing;

/// <summary>
/// One round of fixing: the text before, the edits of every safe fix offered (the applied ones are a subset,
/// since fixes that overlap an earlier one are skipped), the rules they came from, and the text after.
/// </summary>
public sealed record FixPass(SourceText Before, IReadOnlyList<TextChange> OfferedEdits, IReadOnlyList<string> RuleIds, int Applied, SourceText After);
