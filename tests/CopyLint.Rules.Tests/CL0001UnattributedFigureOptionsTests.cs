using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Rules.BuiltIn.Attribution;
using CopyLint.Rules.Tests.Infrastructure;

namespace CopyLint.Rules.Tests;

/// <summary>CL0001's options: which kinds of figure it reports (figureClasses) and whether casualty figures are errors.</summary>
public sealed class CL0001UnattributedFigureOptionsTests
{
    private const string Id = CL0001UnattributedFigure.Id;

    // One unsourced figure of each kind the rule reports.
    private const string Copy =
        "The company lost $40 million last year. Sales fell 12% in March. About 300 workers lost their jobs. "
        + "Dozens of civilians were killed in the strike on the market. Unemployment fell to one in five adults.";

    private static RuleOptions With(string name, object value) =>
        new(new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { [name] = value });

    private static string[] Figures(IEnumerable<Diagnostic> found) => found.Select(d => Copy.Substring(d.Span.Start, d.Span.Length)).ToArray();

    [Fact]
    public void Without_options_every_class_is_reported()
    {
        var found = Figures(RuleAssert.Run(Copy, Id));
        Assert.Equal(["$40 million", "12%", "About 300", "Dozens", "one in five"], found);
    }

    [Theory]
    [InlineData("money", "$40 million")]
    [InlineData("percentage", "12%")]
    [InlineData("people", "About 300")]
    [InlineData("casualty", "Dozens")]
    [InlineData("statistic", "one in five")]
    public void A_class_list_reports_only_the_classes_it_names(string cls, string figure)
    {
        var found = Figures(RuleAssert.Run(Copy, Id, With(CL0001UnattributedFigure.FigureClassesOption, new List<string> { cls })));
        Assert.Equal([figure], found);
    }

    [Fact]
    public void Class_names_ignore_case_and_combine()
    {
        var found = Figures(RuleAssert.Run(Copy, Id, With(CL0001UnattributedFigure.FigureClassesOption, new List<string> { "Money", "PERCENTAGE" })));
        Assert.Equal(["$40 million", "12%"], found);
    }

    [Fact]
    public void Casualty_figures_are_errors_unless_the_option_says_no()
    {
        var casualty = "Dozens of civilians were killed in the strike on the market.";
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(RuleAssert.Run(casualty, Id)).Severity);
        var relaxed = RuleAssert.Run(casualty, Id, With(CL0001UnattributedFigure.CasualtyIsErrorOption, false));
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(relaxed).Severity);
    }

    [Fact]
    public void The_descriptor_declares_both_options_with_the_class_names_as_allowed_values()
    {
        var options = CL0001UnattributedFigure.Rule.Options;
        Assert.Equal([CL0001UnattributedFigure.CasualtyIsErrorOption, CL0001UnattributedFigure.FigureClassesOption], options.Select(o => o.Name));
        Assert.Equal(["casualty", "people", "money", "percentage", "statistic"], options[1].AllowedValues!);
    }
}
