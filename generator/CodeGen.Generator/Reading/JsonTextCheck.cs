using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using CodeGen.Generator.Diagnostics;

namespace CodeGen.Generator.Reading;

/// <summary>Finds what System.Text.Json parses but fails on later: a string escaping half of a surrogate pair, a key repeated in one object.</summary>
internal static class JsonTextCheck
{
    /// <summary>The second occurrence of a key within one object, if any.</summary>
    /// <remarks>
    /// A parsed object builds its dictionary on first use and throws there, anywhere in the later stages; the text
    /// is scanned only after such a failure, so documents without one pay nothing.
    /// </remarks>
    public static (SourceSpan Place, string Key)? FindDuplicateKey(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, ReadLimits.JsonReaderOptions);
        var open = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        open.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.StartArray:
                        open.Push(null);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        open.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var key = reader.GetString() ?? string.Empty;
                        if (!open.Peek()!.Add(key))
                        {
                            return (new TextPositions(new ArraySegment<byte>(bytes)).Span((int)reader.TokenStartIndex, (int)reader.BytesConsumed), key);
                        }

                        break;
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Not JSON (a YAML spec), or malformed: the parser reports that itself.
        }

        return null;
    }

    public static SourceSpan? FindLoneSurrogate(string text)
    {
        // Only text with a "\uD…" escape can hold one; most documents skip the scan.
        if (text.IndexOf("\\uD", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, ReadLimits.JsonReaderOptions);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                {
                    try
                    {
                        _ = reader.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        return new TextPositions(new ArraySegment<byte>(bytes)).Span((int)reader.TokenStartIndex, (int)reader.BytesConsumed);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Malformed text is reported by the parser itself.
        }

        return null;
    }
}
