namespace CopyLint.LanguageServer.Tests.Infrastructure;

/// <summary>Copy used across the tests; the figures are ones CL0001 flags (see the rule's own tests).</summary>
internal static class Drafts
{
    public const string TwoFigures = "Unemployment rose to 4.1% in March.\n\nAbout 500 people died in the fire.\n";
    public const string Clean = "The mayor opened the new library on Tuesday, officials said.\n";
    public const string Uri = "file:///tmp/copylint-lsp-tests/draft.md";

    public static IEnumerable<Newtonsoft.Json.Linq.JToken> WithCode(this Newtonsoft.Json.Linq.JArray diagnostics, string code) =>
        diagnostics.Where(d => (string?)d["code"] == code);
}
