using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading;
using CodeGen.Generator.Diagnostics;

namespace CodeGen.Generator.Reading;

/// <summary>Finds where the nodes some JSON pointers name stand in a JSON text, in one pass over it.</summary>
/// <remarks>
/// Only the containers on the way to a wanted node are entered; every other value is skipped by the tokenizer, so
/// nothing is stored for the rest of the document. A pointer to a node the text lacks gets its nearest ancestor's place.
/// </remarks>
internal static class JsonPointerLocator
{
    private const int TokensBetweenCancellationChecks = 4096;

    /// <returns>The span of each wanted node's key (when <c>AtKey</c> and it has one) or value, in the order asked.</returns>
    public static SourceSpan[] Locate(string text, IReadOnlyList<(string Pointer, bool AtKey)> wanted, CancellationToken cancellationToken)
    {
        var root = new Node(null);
        var ends = new Node[wanted.Count];
        for (var i = 0; i < wanted.Count; i++)
        {
            var node = root;
            foreach (var segment in SpecPointer.Segments(wanted[i].Pointer))
            {
                node = node.Child(segment);
            }

            ends[i] = node;
        }

        Scan(text, root, cancellationToken);

        var spans = new SourceSpan[wanted.Count];
        for (var i = 0; i < wanted.Count; i++)
        {
            var node = ends[i];
            while (node is { Found: false })
            {
                node = node.Parent;
            }

            spans[i] = node is null ? SourceSpan.None : wanted[i].AtKey && node.Key is { } key ? key : node.Value;
        }

        return spans;
    }

    private static void Scan(string text, Node root, CancellationToken cancellationToken)
    {
        // A large spec's UTF-8 copy would be a large-object allocation per run: it is borrowed instead.
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(text));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, 0, text.Length, bytes, 0);
            Scan(new ArraySegment<byte>(bytes, 0, length), root, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static void Scan(ArraySegment<byte> bytes, Node root, CancellationToken cancellationToken)
    {
        var positions = new TextPositions(bytes);
        var reader = new Utf8JsonReader(bytes.AsSpan(), ReadLimits.JsonReaderOptions);
        var open = new Stack<Container>();
        Node? member = null;
        SourceSpan? memberKey = null;
        var tokens = 0;
        try
        {
            while (reader.Read())
            {
                if (++tokens % TokensBetweenCancellationChecks == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        member = open.Peek().Node.Find(reader.GetString() ?? string.Empty);
                        if (member is null)
                        {
                            reader.Skip();
                        }
                        else
                        {
                            memberKey = positions.Span((int)reader.TokenStartIndex, (int)reader.BytesConsumed);
                        }

                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        var closed = open.Pop();
                        closed.Node.Value = positions.Span(closed.Start, positions.Position((int)reader.BytesConsumed));
                        continue;
                }

                Node? node;
                SourceSpan? key = null;
                if (open.Count == 0)
                {
                    node = root;
                }
                else if (open.Peek().IsArray)
                {
                    node = open.Peek().Node.Find(open.Peek().NextIndex++);
                }
                else
                {
                    (node, key, member, memberKey) = (member, memberKey, null, null);
                }

                var isContainer = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
                if (node is null)
                {
                    if (isContainer)
                    {
                        reader.Skip();
                    }

                    continue;
                }

                node.Found = true;
                node.Key = key;
                if (!isContainer)
                {
                    node.Value = positions.Span((int)reader.TokenStartIndex, (int)reader.BytesConsumed);
                    continue;
                }

                var start = positions.Position((int)reader.TokenStartIndex);
                if (node.HasChildren)
                {
                    node.Value = positions.Span(start, start);
                    open.Push(new Container(node, start, reader.TokenType == JsonTokenType.StartArray));
                }
                else
                {
                    reader.Skip();
                    node.Value = positions.Span(start, positions.Position((int)reader.BytesConsumed));
                }
            }
        }
        catch (JsonException)
        {
            // What was read before the error is placed; the error itself is the reader's to report.
        }
    }

    /// <summary>A node some wanted pointer passes through or ends at.</summary>
    private sealed class Node(Node? parent)
    {
        private Dictionary<string, Node>? _children;
        private Dictionary<int, Node>? _items;

        public Node? Parent { get; } = parent;

        public bool HasChildren => _children is not null;

        public bool Found { get; set; }

        public SourceSpan? Key { get; set; }

        public SourceSpan Value { get; set; }

        public Node Child(string segment)
        {
            _children ??= new Dictionary<string, Node>(System.StringComparer.Ordinal);
            if (!_children.TryGetValue(segment, out var child))
            {
                child = new Node(this);
                _children.Add(segment, child);
            }

            return child;
        }

        public Node? Find(string segment) => _children is not null && _children.TryGetValue(segment, out var child) ? child : null;

        /// <summary>The child an array item is, by its index: items are counted, not spelled, so a long array costs no strings.</summary>
        public Node? Find(int index)
        {
            if (_items is null)
            {
                _items = new Dictionary<int, Node>();
                foreach (var child in _children!)
                {
                    if (int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && (child.Key.Length == 1 || child.Key[0] != '0'))
                    {
                        _items[position] = child.Value;
                    }
                }
            }

            return _items.TryGetValue(index, out var item) ? item : null;
        }
    }

    private sealed class Container(Node node, TextPositions.TextPosition start, bool isArray)
    {
        public Node Node { get; } = node;

        public TextPositions.TextPosition Start { get; } = start;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }
    }
}
