using Newtonsoft.Json.Linq;
namespace CopyLint.LanguageServer.Protocol;

/// <summary>initialize parameters. Capabilities stay a JObject and are read by ClientFeatures.</summary>
internal sealed class InitializeParams
{
    public int? ProcessId { get; init; }
    public string? RootUri { get; init; }
    public string? RootPath { get; init; }
    public List<WorkspaceFolder>? WorkspaceFolders { get; init; }
    public JObject? Capabilities { get; init; }
    public JToken? InitializationOptions { get; init; }
    public ClientInfo? ClientInfo { get; init; }
}
