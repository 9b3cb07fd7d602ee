using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer;

/// <summary>What the client said it can do (initialize's capabilities), read once; everything absent means "no".</summary>
internal sealed class ClientFeatures
{
    public static readonly ClientFeatures None = new(null);

    private readonly JObject _caps;

    public ClientFeatures(JObject? capabilities) => _caps = capabilities ?? new JObject();

    private JToken? At(string path) => _caps.SelectToken(path, errorWhenNoMatch: false);
    private bool Flag(string path) => At(path) is { Type: JTokenType.Boolean } t && t.Value<bool>();

    public PositionEncoding PositionEncoding
    {
        get
        {
            if (At("general.positionEncodings") is not JArray offered || offered.Count == 0) return PositionEncoding.Utf16;
            var names = offered.Select(t => t.ToString()).ToList();
            return names.Contains("utf-16") || !names.Contains("utf-8") ? PositionEncoding.Utf16 : PositionEncoding.Utf8;
        }
    }

    /// <summary>The client pulls diagnostics (textDocument/diagnostic); then the server does not push.</summary>
    public bool PullDiagnostics => At("textDocument.diagnostic") is JObject;
    public bool DiagnosticRefresh => Flag("workspace.diagnostics.refreshSupport");
    public bool HoverMarkdown => At("textDocument.hover.contentFormat") is not JArray formats || formats.Count == 0 || formats.Any(f => f.ToString() == "markdown");
    public bool DocumentChanges => Flag("workspace.workspaceEdit.documentChanges");
    public bool WorkDoneProgress => Flag("window.workDoneProgress");
    public bool Configuration => Flag("workspace.configuration");
    public bool WatchedFilesDynamic => Flag("workspace.didChangeWatchedFiles.dynamicRegistration");
    public bool ConfigurationDynamic => Flag("workspace.didChangeConfiguration.dynamicRegistration");
    public bool WorkspaceFolders => Flag("workspace.workspaceFolders");
}
