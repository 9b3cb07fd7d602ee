using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;

namespace CopyLint.LanguageServer;

/// <summary>file: URIs to paths and back, and the document kind from a languageId or, failing that, the extension.</summary>
internal static class DocumentUris
{
    public static string? ToPath(string uri)
    {
        if (!System.Uri.TryCreate(uri, UriKind.Absolute, out var u) || !u.IsFile) return null;
        return u.LocalPath;
    }

    public static string FromPath(string path) => new System.Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>Null when the language is not one CopyLint reads.</summary>
    public static DocumentKind? KindFor(string? languageId, string uri)
    {
        switch ((languageId ?? "").ToLowerInvariant())
        {
            case "markdown": case "md": return DocumentKind.Markdown;
            case "html": case "htm": case "xhtml": return DocumentKind.Html;
            case "plaintext": case "text": case "txt": return DocumentKind.PlainText;
        }
        var name = uri;
        int q = name.IndexOfAny(['?', '#']);
        if (q >= 0) name = name[..q];
        var ext = Path.GetExtension(name).ToLowerInvariant();
        return ext switch
        {
            ".txt" or ".text" => DocumentKind.PlainText,
            "" when string.IsNullOrEmpty(languageId) => DocumentKind.PlainText,
            _ when ext.Length > 0 && ProseParser.KindFromPath(name) != DocumentKind.PlainText => ProseParser.KindFromPath(name),
            _ => null,
        };
    }

    public static string LanguageName(DocumentKind kind) => kind switch
    {
        DocumentKind.Markdown => "markdown",
        DocumentKind.Html => "html",
        _ => "plaintext",
    };
}
