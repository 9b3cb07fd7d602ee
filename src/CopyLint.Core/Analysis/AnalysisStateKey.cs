namespace CopyLint.Core.Analysis;

/// <summary>
/// Names a piece of state that actions share during one analysis run of one document (evidence found per sentence,
/// a classifier built from the configured lexicons …). The state is created on first use by <paramref name="create"/>
/// and lives as long as the run: it never outlives the document or mixes configurations. Keep keys in static fields.
/// </summary>
public sealed class AnalysisStateKey<T>(Func<NodeAnalysisContext, T> create) where T : class
{
    internal T Create(NodeAnalysisContext context) => create(context);
}
