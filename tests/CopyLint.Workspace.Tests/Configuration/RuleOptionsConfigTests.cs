using CopyLint.Workspace.Configuration;

namespace CopyLint.Workspace.Tests.Configuration;

/// <summary>Rule options in copylint.json are checked against the options each built-in rule declares.</summary>
public sealed class RuleOptionsConfigTests
{
    private const string Path = "/tmp/x/copylint.json";

    private static ConfigError SingleError(string json) => Assert.Single(ConfigLoader.Parse(Path, json).Errors);

    [Fact]
    public void Declared_options_of_every_type_load()
    {
        var (config, errors) = ConfigLoader.Parse(Path, """
            { "rules": {
                "CL0001": { "options": { "casualtyIsError": false, "figureClasses": ["money", "Percentage"] } },
                "CL0003": { "options": { "wireCreditCounts": false } },
                "CL0010": { "severity": "info", "options": { "percentStyle": "percent", "preferMoreThan": true } } } }
            """);
        Assert.Empty(errors);
        var cl0001 = config!.RuleOptions["CL0001"];
        Assert.False(cl0001.GetBool("casualtyIsError", true));
        Assert.Equal(["money", "Percentage"], cl0001.GetList("figureClasses"));
        Assert.Equal("percent", config.RuleOptions["CL0010"].GetString("percentStyle", "%"));
    }

    [Fact]
    public void An_unknown_option_is_an_error_at_its_name_that_lists_the_rules_options()
    {
        var error = SingleError("""
            { "rules": {
                "CL0001": { "options": { "casualtyIsEror": true } } } }
            """);
        Assert.Equal((2, 46), (error.Line, error.Column)); // the end of the name, as for the loader's other errors
        Assert.Equal("Unknown option \"casualtyIsEror\" for CL0001. Its options: casualtyIsError, figureClasses.", error.Message);
    }

    [Fact]
    public void An_option_for_a_rule_without_options_is_an_error()
    {
        var error = SingleError("""{ "rules": { "CL0002": { "options": { "strict": true } } } }""");
        Assert.Equal("CL0002 has no options (\"strict\" is not one).", error.Message);
    }

    [Theory]
    [InlineData("""{ "CL0001": { "options": { "casualtyIsError": "yes" } } }""", "Option \"casualtyIsError\" of CL0001 must be true or false.")]
    [InlineData("""{ "CL0001": { "options": { "figureClasses": "money" } } }""", "Option \"figureClasses\" of CL0001 must be a list of strings.")]
    [InlineData("""{ "CL0001": { "options": { "figureClasses": ["money", "percent"] } } }""",
        "Option \"figureClasses\" of CL0001 can hold only \"casualty\", \"people\", \"money\", \"percentage\", \"statistic\", not \"percent\".")]
    [InlineData("""{ "CL0001": { "options": { "figureClasses": [] } } }""",
        "Option \"figureClasses\" of CL0001 must name at least one value (to turn the rule off, set its severity to \"none\").")]
    [InlineData("""{ "CL0010": { "options": { "percentStyle": "per cent" } } }""", "Option \"percentStyle\" of CL0010 must be one of \"%\", \"percent\", not \"per cent\".")]
    [InlineData("""{ "CL0003": { "options": { "wireCreditCounts": 1 } } }""", "Option \"wireCreditCounts\" of CL0003 must be true or false.")]
    public void A_wrong_value_is_an_error_that_says_what_the_option_takes(string rules, string message)
    {
        var error = SingleError($$"""{ "rules": {{rules}} }""");
        Assert.Equal(message, error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Every_bad_option_is_reported_and_the_file_is_not_applied()
    {
        var (config, errors) = ConfigLoader.Parse(Path, """
            { "rules": { "CL0001": { "severity": "error", "options": { "casualtyIsError": 1, "figureClass": ["money"] } } } }
            """);
        Assert.Equal(2, errors.Count);
        Assert.Null(config);
    }

    [Fact]
    public void Option_names_ignore_case_as_rule_options_do()
    {
        var (config, errors) = ConfigLoader.Parse(Path, """{ "rules": { "CL0001": { "options": { "CasualtyIsError": false } } } }""");
        Assert.Empty(errors);
        Assert.False(config!.RuleOptions["CL0001"].GetBool("casualtyIsError", true));
    }

    [Fact]
    public void A_desk_rules_options_are_not_checked_here()
    {
        var (_, errors) = ConfigLoader.Parse(Path, """{ "rules": { "DESK001": { "options": { "anything": "goes" } } } }""");
        Assert.Empty(errors);
    }
}
