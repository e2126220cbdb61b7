using System.Collections.Generic;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Reading;

/// <summary>Puts diagnostics at the place in the spec text a JSON pointer names.</summary>
/// <remarks>
/// A YAML spec's converter records every node as it reads, so its diagnostics are placed at once. A JSON spec is
/// read without such a record: mapping every node of a large document costs more than reading it. Its diagnostics
/// are added unplaced and placed together by <see cref="PlaceAll"/>, in one pass over the text for all of them.
/// </remarks>
internal sealed class DiagnosticPlaces
{
    private readonly SourceMap? _map;
    private readonly string _jsonText;
    private readonly List<(string Pointer, bool AtKey)> _wanted = new();
    private readonly List<Unplaced> _unplaced = new();

    // The last place asked for: an operation's diagnostics share its pointer, which spells out the whole path, and a
    // path with thousands of undeclared variables asks for the same place thousands of times.
    private (string? Pointer, bool AtKey, SourceSpan Span) _last;

    private DiagnosticPlaces(SourceMap? map, string jsonText)
    {
        _map = map;
        _jsonText = jsonText;
    }

    /// <summary>Places from a YAML spec's node record (an empty record places everything nowhere).</summary>
    public static DiagnosticPlaces Of(SourceMap map) => new(map, string.Empty);

    /// <summary>Places found in a JSON text when <see cref="PlaceAll"/> is called.</summary>
    public static DiagnosticPlaces OfJson(string text) => new(null, text);

    /// <summary>Adds a diagnostic at the key naming the node at <paramref name="pointer"/> (its value when it has no key, or when <paramref name="atKey"/> is false).</summary>
    public void Add(List<DiagnosticInfo> diagnostics, DiagnosticDescriptor descriptor, string filePath, string pointer, bool atKey, params string[] arguments)
    {
        if (_map is not null)
        {
            if (!IsLast(pointer, atKey))
            {
                _last = (pointer, atKey, atKey ? _map.LocateKey(pointer) : _map.LocateValue(pointer));
            }

            diagnostics.Add(DiagnosticInfo.Create(descriptor, filePath, _last.Span, arguments));
            return;
        }

        var diagnostic = DiagnosticInfo.Create(descriptor, filePath, SourceSpan.None, arguments);
        _unplaced.Add(new Unplaced(diagnostics, diagnostics.Count, diagnostic, Want(pointer, atKey)));
        diagnostics.Add(diagnostic);
    }

    /// <summary>Gives every diagnostic added so far its place; the lists they were added to must still hold them.</summary>
    public void PlaceAll(CancellationToken cancellationToken)
    {
        if (_unplaced.Count == 0)
        {
            return;
        }

        var spans = JsonPointerLocator.Locate(_jsonText, _wanted, cancellationToken);
        foreach (var unplaced in _unplaced)
        {
            var index = IndexOf(unplaced);
            if (index >= 0)
            {
                unplaced.List[index] = unplaced.Diagnostic with { Span = spans[unplaced.Wanted] };
            }
        }

        _unplaced.Clear();
        _wanted.Clear();
        _last = default;
    }

    private int Want(string pointer, bool atKey)
    {
        if (!IsLast(pointer, atKey))
        {
            _wanted.Add((pointer, atKey));
            _last = (pointer, atKey, SourceSpan.None);
        }

        return _wanted.Count - 1;
    }

    private bool IsLast(string pointer, bool atKey) =>
        _last.Pointer is not null && _last.AtKey == atKey && string.Equals(_last.Pointer, pointer, System.StringComparison.Ordinal);

    private static int IndexOf(Unplaced unplaced)
    {
        if (unplaced.Index < unplaced.List.Count && ReferenceEquals(unplaced.List[unplaced.Index], unplaced.Diagnostic))
        {
            return unplaced.Index;
        }

        for (var i = 0; i < unplaced.List.Count; i++)
        {
            if (ReferenceEquals(unplaced.List[i], unplaced.Diagnostic))
            {
                return i;
            }
        }

        return -1;
    }

    private readonly record struct Unplaced(List<DiagnosticInfo> List, int Index, DiagnosticInfo Diagnostic, int Wanted);
}
