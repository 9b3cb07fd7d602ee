namespace CopyLint.Rules.Evidence;

/// <summary>
/// A memo indexed by node index (sentence, quote …) of one document: an array sized on first store instead of a hash
/// table that grows and rehashes as the walk goes through a story.
/// </summary>
internal struct NodeCache<T>(int capacity)
{
    private T[]? _values;
    private bool[]? _known;

    public readonly bool TryGetValue(int index, out T value)
    {
        if (_known is not null && (uint)index < (uint)_known.Length && _known[index]) { value = _values![index]; return true; }
        value = default!;
        return false;
    }

    public void Set(int index, T value)
    {
        if (index < 0) return; // no node: never cached
        if (_known is null || index >= _known.Length)
        {
            int size = Math.Max(Math.Max(capacity, index + 1), _known?.Length * 2 ?? 0);
            Array.Resize(ref _values, size);
            Array.Resize(ref _known, size);
        }
        _values![index] = value;
        _known[index] = true;
    }
}
