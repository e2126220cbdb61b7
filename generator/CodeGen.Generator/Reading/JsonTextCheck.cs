using System;
using System.Text;
using System.Text.Json;
using CodeGen.Generator.Diagnostics;

namespace CodeGen.Generator.Reading;

/// <summary>Finds a string in JSON text that escapes half of a surrogate pair, which System.Text.Json parses but cannot read back.</summary>
internal static class JsonTextCheck
{
    public static SourceSpan? FindLoneSurrogate(string text)
    {
        // Only text with a "\uD…" escape can hold one; most documents skip the scan.
        if (text.IndexOf("\\uD", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, JsonSourceMapBuilder.ReaderOptions);
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
                        return new JsonSourceMapBuilder.PositionIndex(text, bytes).Span((int)reader.TokenStartIndex, (int)reader.BytesConsumed);
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
