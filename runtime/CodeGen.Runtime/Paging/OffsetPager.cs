using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Paging;

/// <summary>Walks an offset/limit API page by page, yielding each item once.</summary>
public static class OffsetPager
{
    /// <summary>Fetches pages lazily, starting at offset 0 and advancing by the number of items read.</summary>
    /// <remarks>
    /// The walk ends at an empty page, at the smallest total the server has reported (a total that grows
    /// while the walk runs does not extend it), or, when the server reports no total, at a page shorter than
    /// <paramref name="pageSize"/>. A page identical to one already read means the server ignores the offset
    /// (or cycles through pages): the walk throws <see cref="PagingException"/> rather than yield the same items
    /// again or never end. Pages of genuinely identical items (tiny pages over duplicates) read the same way.
    /// </remarks>
    /// <typeparam name="TPage">The response of one page.</typeparam>
    /// <typeparam name="TItem">One item.</typeparam>
    /// <param name="fetchPage">Fetches the page at an offset, with the page size to request (null: the server's default).</param>
    /// <param name="items">The items of a page.</param>
    /// <param name="total">The total a page reports, if any.</param>
    /// <param name="pageSize">The page size to request, or null to leave it to the server.</param>
    /// <param name="itemsType">JSON metadata of the item list, used to recognise a repeated page.</param>
    /// <param name="cancellationToken">Cancels the walk: before each item, between pages and during a request.</param>
    /// <returns>Every item, in server order.</returns>
    public static async IAsyncEnumerable<TItem> EnumerateAsync<TPage, TItem>(
        Func<int, int?, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, List<TItem>?> items,
        Func<TPage, long?> total,
        int? pageSize,
        JsonTypeInfo<List<TItem>> itemsType,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(itemsType);

        var offset = 0;
        long? bound = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await fetchPage(offset, pageSize, cancellationToken).ConfigureAwait(false);
            var pageItems = items(page);
            if (pageItems is null || pageItems.Count == 0)
            {
                yield break;
            }

            var fingerprint = Convert.ToBase64String(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(pageItems, itemsType)));
            if (!seen.Add(fingerprint))
            {
                throw new PagingException(
                    $"The page at offset {offset} repeats a page already read: the server seems to ignore the offset, so the walk stops rather than return the same items again.",
                    offset);
            }

            var reported = total(page);
            if (reported is { } reportedTotal && (bound is null || reportedTotal < bound))
            {
                bound = reportedTotal;
            }

            foreach (var item in pageItems)
            {
                if (bound is { } limit && offset >= limit)
                {
                    yield break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
                offset = checked(offset + 1);
            }

            if ((bound is { } end && offset >= end) || (bound is null && pageSize is { } size && pageItems.Count < size))
            {
                yield break;
            }
        }
    }
}
