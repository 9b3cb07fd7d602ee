using CopyLint.Core.Diagnostics;
using CopyLint.Workspace.Sessions;

namespace CopyLint.Workspace.Baselines;

/// <summary>
/// Current findings matched against a baseline: each finding is new or unchanged; baseline entries of the files
/// checked that no longer match anything are absent (fixed). Entries for files not checked in this run are ignored.
/// </summary>
public sealed class BaselineComparison
{
    private readonly Dictionary<Diagnostic, BaselineState> _states;

    private BaselineComparison(Dictionary<Diagnostic, BaselineState> states, IReadOnlyList<BaselineEntry> absent)
    {
        _states = states;
        Absent = absent;
    }

    /// <summary>Baseline entries of checked files that no current finding matches: fixed since the baseline.</summary>
    public IReadOnlyList<BaselineEntry> Absent { get; }
    public int NewCount => _states.Values.Count(s => s == BaselineState.New);
    public int UnchangedCount => _states.Values.Count(s => s == BaselineState.Unchanged);

    public BaselineState StateOf(Diagnostic diagnostic) =>
        _states.TryGetValue(diagnostic, out var s) ? s : BaselineState.New;

    public bool IsNew(Diagnostic diagnostic) => StateOf(diagnostic) == BaselineState.New;

    public static BaselineComparison Compare(Baseline baseline, IEnumerable<FileLintResult> results, string baseDirectory)
    {
        var remaining = new Dictionary<(string Path, string Fingerprint), List<BaselineEntry>>();
        foreach (var e in baseline.Entries)
        {
            var key = (e.Path, e.Fingerprint);
            if (!remaining.TryGetValue(key, out var list)) remaining[key] = list = [];
            list.Add(e);
        }
        var states = new Dictionary<Diagnostic, BaselineState>(ReferenceEqualityComparer.Instance);
        var checkedPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in results)
        {
            if (r.Result is not { } lint) continue;
            var path = Baseline.KeyFor(r.Path, baseDirectory);
            checkedPaths.Add(path);
            var entries = Fingerprints.ForFile(path, lint.Document, lint.Diagnostics);
            for (int i = 0; i < entries.Count; i++)
            {
                bool known = remaining.TryGetValue((path, entries[i].Fingerprint), out var list) && list.Count > 0;
                if (known) list!.RemoveAt(list.Count - 1);
                states[lint.Diagnostics[i]] = known ? BaselineState.Unchanged : BaselineState.New;
            }
        }
        var absent = remaining.Values.SelectMany(l => l).Where(e => checkedPaths.Contains(e.Path)).ToList();
        return new BaselineComparison(states, absent);
    }
}
