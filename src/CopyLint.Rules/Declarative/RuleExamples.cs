namespace CopyLint.Rules.Declarative;

/// <summary>Copy the rule must flag (<see cref="Bad"/>) and must leave alone (<see cref="Good"/>); run by <c>copylint test-rules</c>.</summary>
public sealed record RuleExamples(IReadOnlyList<string> Bad, IReadOnlyList<string> Good)
{
    public static readonly RuleExamples None = new([], []);
}
