namespace CopyLint.Workspace.RulePacks;

/// <summary>One rule example run: which rule, bad or good, the example text, whether it behaved, and what happened.</summary>
public sealed record ExampleOutcome(string RuleId, bool IsBad, int Index, string Text, bool Passed, string Detail);
