namespace CopyLint.Workspace.Configuration;

public sealed class ConfigException : Exception
{
    public ConfigException(IReadOnlyList<ConfigError> errors) : base(string.Join(Environment.NewLine, errors)) => Errors = errors;
    public IReadOnlyList<ConfigError> Errors { get; }
}
