namespace CopyLint.LanguageServer.Protocol;

internal sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);
