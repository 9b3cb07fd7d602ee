namespace CopyLint.Workspace.RulePacks;

/// <summary>The rule packs embedded from rules/packs/*.json at build time (shipped off, for desks to enable or copy).</summary>
public static class ShippedRulePacks
{
    private static readonly Lazy<LoadedRules> _all = new(Load);

    public static LoadedRules All => _all.Value;

    /// <summary>(name as "rules/packs/x.json", JSON text) for each shipped pack.</summary>
    public static IEnumerable<(string Name, string Json)> Files()
    {
        var asm = typeof(ShippedRulePacks).Assembly;
        foreach (var name in asm.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!name.StartsWith("packs/", StringComparison.Ordinal) || !name.EndsWith(".json", StringComparison.Ordinal)) continue;
            using var stream = asm.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return ("rules/" + name, reader.ReadToEnd());
        }
    }

    private static LoadedRules Load()
    {
        var analyzers = new List<Rules.Declarative.DeclarativeAnalyzer>();
        var errors = new List<Configuration.ConfigError>();
        foreach (var (name, json) in Files())
        {
            var r = RulePackLoader.LoadText(name, json);
            analyzers.AddRange(r.Analyzers);
            errors.AddRange(r.Errors);
        }
        return new LoadedRules(analyzers, errors);
    }
}
