using System;
using System.Buffers;

namespace CodeGen.Runtime.Signing;

/// <summary>
/// The canonical query string, written without a string per pair: the query's pairs decoded, sorted by key then
/// value (ordinal) and RFC 3986-encoded, joined as <c>k=v&amp;…</c>; a pair without "=" has an empty value and
/// "+" stays "+" (RFC 3986, not forms).
/// </summary>
internal static class CanonicalQuery
{
    // Queries with more pairs than this take their index from the pool.
    private const int StackPairs = 32;

    /// <param name="output">Where the query is written.</param>
    /// <param name="query">The URI's query as sent, with its leading "?" (<see cref="Uri.Query"/>).</param>
    /// <param name="sortEncoded">Sort by the encoded pairs (Alibaba) rather than the decoded ones (Huawei).</param>
    public static void Write(ref CharBuffer output, string query, bool sortEncoded)
    {
        if (query.Length <= 1)
        {
            return;
        }

        var text = query.AsSpan(1);
        var most = text.Count('&') + 1;
        var rented = most > StackPairs ? ArrayPool<Pair>.Shared.Rent(most) : null;
        Span<Pair> pairs = rented is null ? stackalloc Pair[StackPairs] : rented.AsSpan();

        // Each key and value as it is compared: decoded, or decoded then encoded.
        var parts = new CharBuffer(stackalloc char[256]);
        try
        {
            var count = 0;
            for (var rest = text; !rest.IsEmpty;)
            {
                var end = rest.IndexOf('&');
                var pair = end < 0 ? rest : rest[..end];
                rest = end < 0 ? default : rest[(end + 1)..];
                if (pair.IsEmpty)
                {
                    continue;
                }

                var equals = pair.IndexOf('=');
                var keyStart = parts.Length;
                AppendPart(ref parts, equals < 0 ? pair : pair[..equals], sortEncoded);
                var valueStart = parts.Length;
                AppendPart(ref parts, equals < 0 ? default : pair[(equals + 1)..], sortEncoded);
                pairs[count++] = new Pair(keyStart, valueStart - keyStart, valueStart, parts.Length - valueStart);
            }

            var sorted = pairs[..count];
            Sort(sorted, parts.Written);
            for (var i = 0; i < sorted.Length; i++)
            {
                if (i > 0)
                {
                    output.Append('&');
                }

                AppendSorted(ref output, sorted[i].Key(parts.Written), sortEncoded);
                output.Append('=');
                AppendSorted(ref output, sorted[i].Value(parts.Written), sortEncoded);
            }
        }
        finally
        {
            parts.Dispose();
            if (rented is not null)
            {
                ArrayPool<Pair>.Shared.Return(rented);
            }
        }
    }

    private static void AppendPart(ref CharBuffer parts, scoped ReadOnlySpan<char> escaped, bool encode)
    {
        // Only an escaped part costs a string: Uri.UnescapeDataString takes nothing else on this framework.
        var decoded = escaped.Contains('%') ? Uri.UnescapeDataString(escaped.ToString()) : escaped;
        if (encode)
        {
            Rfc3986.Append(ref parts, decoded);
        }
        else
        {
            parts.Append(decoded);
        }
    }

    private static void AppendSorted(ref CharBuffer output, scoped ReadOnlySpan<char> part, bool encoded)
    {
        if (encoded)
        {
            output.Append(part);
        }
        else
        {
            Rfc3986.Append(ref output, part);
        }
    }

    // Heapsort: in place over stack memory, no comparer object, and no quadratic case for long queries.
    private static void Sort(Span<Pair> pairs, ReadOnlySpan<char> parts)
    {
        for (var root = (pairs.Length / 2) - 1; root >= 0; root--)
        {
            SiftDown(pairs, root, pairs.Length, parts);
        }

        for (var end = pairs.Length - 1; end > 0; end--)
        {
            (pairs[0], pairs[end]) = (pairs[end], pairs[0]);
            SiftDown(pairs, 0, end, parts);
        }
    }

    private static void SiftDown(Span<Pair> pairs, int root, int count, ReadOnlySpan<char> parts)
    {
        while (true)
        {
            var child = (2 * root) + 1;
            if (child >= count)
            {
                return;
            }

            if (child + 1 < count && Compare(pairs[child + 1], pairs[child], parts) > 0)
            {
                child++;
            }

            if (Compare(pairs[root], pairs[child], parts) >= 0)
            {
                return;
            }

            (pairs[root], pairs[child]) = (pairs[child], pairs[root]);
            root = child;
        }
    }

    // Ordinal, as string.CompareOrdinal: UTF-16 code units.
    private static int Compare(Pair a, Pair b, ReadOnlySpan<char> parts) =>
        a.Key(parts).SequenceCompareTo(b.Key(parts)) is var byKey && byKey != 0 ? byKey : a.Value(parts).SequenceCompareTo(b.Value(parts));

    /// <summary>Where one pair's key and value sit in the parts buffer.</summary>
    private readonly record struct Pair(int KeyStart, int KeyLength, int ValueStart, int ValueLength)
    {
        public ReadOnlySpan<char> Key(ReadOnlySpan<char> parts) => parts.Slice(KeyStart, KeyLength);

        public ReadOnlySpan<char> Value(ReadOnlySpan<char> parts) => parts.Slice(ValueStart, ValueLength);
    }
}
