namespace CopyLint.Rules.Declarative;

/// <summary>A rule definition that cannot be compiled; <see cref="Field"/> names the offending member.</summary>
public sealed class DeclarativeRuleException : Exception
{
    public DeclarativeRuleException(string field, string message) : base(message) => Field = field;
    public string Field { get; }
}
