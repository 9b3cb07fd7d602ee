namespace CopyLint.Rules.BuiltIn.Sourcing;

/// <summary>An unnamed source used as the source of an attribution: tokens [First, First+Length), its head noun, whether it is bare, and whether it is
/// anaphoric ("the source": only used for the plural-then-singular check).</summary>
internal readonly record struct AnonymousSourceMatch(int First, int Length, int Head, bool Bare, bool Definite);
