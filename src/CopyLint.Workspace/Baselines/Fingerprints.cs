using System.Security.Cryptography;
using System.Text;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Syntax;
using CopyLint.Workspace.Reports;

namespace CopyLint.Workspace.Baselines;

/// <summary>Computes baseline entries for the findings of one file.</summary>
public static class Fingerprints
{
    public static string Compute(string ruleId, string normalizedSentence, int occurrence)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{ruleId.ToUpperInvariant()}\n{normalizedSentence}\n{occurrence}"));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }

    /// <summary>One entry per diagnostic, in the diagnostics' order. <paramref name="path"/> is the baseline's key for the file.</summary>
    public static IReadOnlyList<BaselineEntry> ForFile(string path, ProseDocument doc, IReadOnlyList<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<(string, string), int>();
        var entries = new List<BaselineEntry>(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            var sentence = FindingSentence.NormalizedText(doc, d.Span);
            var key = (d.Id.ToUpperInvariant(), sentence);
            int occurrence = seen.TryGetValue(key, out var n) ? n : 0;
            seen[key] = occurrence + 1;
            entries.Add(new BaselineEntry(path, d.Id, Compute(d.Id, sentence, occurrence), sentence, occurrence, d.Message));
        }
        return entries;
    }
}
