using System.Collections;

namespace CopyLint.Core.Syntax;

/// <summary>
/// A read-only list of a document's nodes (paragraphs, sentences, quotes, numbers). A sealed class rather than an
/// <see cref="IReadOnlyList{T}"/>: rules index these lists in their inner loops, and through the interface every
/// element and count was a dispatched call (the ahead-of-time compiler cannot see which list is behind it).
/// </summary>
public sealed class NodeList<T> : IReadOnlyList<T>
{
    private readonly List<T> _items;

    internal NodeList(List<T> items) => _items = items;

    public static NodeList<T> Empty { get; } = new([]);

    public int Count => _items.Count;
    public T this[int index] => _items[index];

    /// <summary>A struct enumerator: <c>foreach</c> over a node list allocates nothing.</summary>
    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _items.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
