namespace CopyLint.Rules.BuiltIn.Attribution;

/// <summary>What kind of claim a figure is (None: not a claim — a date, age, name, score …).</summary>
public enum FigureClass
{
    None,
    Casualty,
    People,
    Money,
    Percent,
    Statistic,
    Quantity,
}
