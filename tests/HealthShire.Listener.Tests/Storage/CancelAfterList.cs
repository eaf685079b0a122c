using System.Collections;

namespace HealthShire.Listener.Tests.Storage;

/// <summary>A list that cancels a token when its enumeration reaches a given index, to stop a batch midway.</summary>
internal sealed class CancelAfterList<T>(IReadOnlyList<T> items, int cancelAtIndex, CancellationTokenSource cancellation) : IReadOnlyList<T>
{
    public int Count => items.Count;

    public T this[int index] => items[index];

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i == cancelAtIndex)
            {
                cancellation.Cancel();
            }

            yield return items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
