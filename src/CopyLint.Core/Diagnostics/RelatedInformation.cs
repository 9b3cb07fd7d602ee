using CopyLint.Core.Text;

namespace CopyLint.Core.Diagnostics;

/// <summary>Evidence for a finding: another place in the same document and what it shows.</summary>
public sealed record RelatedInformation(TextSpan Span, string Message);
