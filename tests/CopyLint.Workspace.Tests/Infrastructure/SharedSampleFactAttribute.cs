namespace CopyLint.Workspace.Tests.Infrastructure;

/// <summary>A fact that needs a file from ../shared/samples; skipped with a clear message when it is absent.</summary>
public sealed class SharedSampleFactAttribute : FactAttribute
{
    public SharedSampleFactAttribute(string name)
    {
        if (RepoPaths.SharedSample(name) is null) Skip = $"../shared/samples/{name} is absent (it sits next to the repository on the build machine).";
    }
}
