using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Fixes;

/// <summary>
/// "Suppress CLxxxx here (with reason)": a comment on the line before the finding (Markdown, HTML) or an
/// ignore marker at the end of the line (plain text). The reason is a placeholder for the writer to fill in.
/// </summary>
public static class SuppressionFix
{
    public const string ReasonPlaceholder = "<reason>";

    public static CodeFix Create(ProseDocument doc, string ruleId, TextSpan span)
    {
        var text = doc.Text;
        int line = text.GetLineFromOffset(Math.Min(span.Start, text.Length));
        var lineSpan = text.GetLineSpan(line);
        if (doc.Kind == DocumentKind.PlainText)
        {
            var insert = $" [copylint: ignore {ruleId}: {ReasonPlaceholder}]";
            return CodeFix.Insert($"Suppress {ruleId} on this line (with reason)", lineSpan.End, insert, isSafe: false, key: "suppress:" + ruleId);
        }
        var lineText = text.ToString(lineSpan);
        var indent = lineText[..(lineText.Length - lineText.TrimStart().Length)];
        var newline = DetectNewline(text);
        var comment = $"{indent}<!-- copylint-disable-next-line {ruleId}: {ReasonPlaceholder} -->{newline}";
        return CodeFix.Insert($"Suppress {ruleId} on the next line (with reason)", lineSpan.Start, comment, isSafe: false, key: "suppress:" + ruleId);
    }

    public static string DetectNewline(SourceText text)
    {
        var s = text.AsSpan();
        int i = s.IndexOfAny('\r', '\n');
        if (i < 0) return "\n";
        return s[i] == '\r' ? (i + 1 < s.Length && s[i + 1] == '\n' ? "\r\n" : "\r") : "\n";
    }
}
