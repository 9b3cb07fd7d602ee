namespace CopyLint.LanguageServer.Rpc;

/// <summary>One LSP notification method: the method name and Handle(params, token).</summary>
internal interface INotificationHandler<TParams>
{
    string Method { get; }
    Task Handle(TParams notification, CancellationToken cancellationToken);
}
