namespace CopyLint.LanguageServer.Rpc;

internal enum LifecycleState
{
    WaitingForInitialize,
    Running,
    ShutDown,
}
