namespace CopyLint.LanguageServer.Rpc;

/// <summary>One LSP request method (OmniSharp's shape): the method name and Handle(params, token).</summary>
internal interface IRequestHandler<TParams, TResult>
{
    string Method { get; }
    Task<TResult> Handle(TParams request, CancellationToken cancellationToken);
}
