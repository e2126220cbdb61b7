using System;
using System.Collections.Generic;
using System.Threading;
using CodeGen.Generator.Reading;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// The properties of a schema and of everything it composes with <c>allOf</c>: parts before the schema's own
/// properties, depth first, each part once, the first declaration of a name winning; a name is required when any
/// part requires it.
/// </summary>
/// <remarks>
/// Every class of an allOf chain composes the whole chain below it, so walking each class's closure afresh costs the
/// square of the chain's length. A walk therefore remembers, for every schema it finishes, the slice of its results
/// that schema contributed, provided that slice is what a walk starting at that schema would give: nothing inside it
/// was left out because a part or a name had been met before the schema was entered, and no cycle passes through it
/// (the order around a cycle depends on where the walk entered it). A later walk reaching such a schema copies its
/// slice instead of walking below it. Schemas on a cycle are walked again from every class that reaches them, which
/// the budget bounds (<see cref="ModelBudget.MaxComposedSchemaVisits"/>).
/// </remarks>
internal sealed class ComposedProperties
{
    private static readonly HashSet<string> NoNames = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, IOpenApiSchema> NoProperties = new(StringComparer.Ordinal);

    private readonly Dictionary<IOpenApiSchema, Slice> _finished = new(SchemaIdentity.Instance);
    private readonly Func<OpenApiSchemaReference, IOpenApiSchema?> _targetOf;
    private readonly Action<OpenApiSchemaReference, string> _unresolved;
    private readonly Action<OpenApiSchemaReference, string> _composedReference;
    private readonly Func<string, string> _componentPointer;
    private readonly CancellationToken _cancellationToken;
    private readonly ModelBudget _budget;

    /// <param name="targetOf">The schema a reference points at, or null when it points nowhere.</param>
    /// <param name="unresolved">Reports a reference that points nowhere, met at a pointer.</param>
    /// <param name="composedReference">Told of every reference to a part (not the schema itself), for checks of its own.</param>
    /// <param name="componentPointer">Where a component schema is, by its name.</param>
    /// <param name="budget">Charged for every schema a walk enters.</param>
    /// <param name="cancellationToken">Checked at every schema the walk meets.</param>
    public ComposedProperties(
        Func<OpenApiSchemaReference, IOpenApiSchema?> targetOf,
        Action<OpenApiSchemaReference, string> unresolved,
        Action<OpenApiSchemaReference, string> composedReference,
        Func<string, string> componentPointer,
        ModelBudget budget,
        CancellationToken cancellationToken)
    {
        _budget = budget;
        _targetOf = targetOf;
        _unresolved = unresolved;
        _composedReference = composedReference;
        _componentPointer = componentPointer;
        _cancellationToken = cancellationToken;
    }

    /// <summary>A property as collected: its schema, where it is declared, and its JSON name.</summary>
    public readonly record struct Entry(IOpenApiSchema? Schema, string Pointer, string WireName);

    /// <param name="schema">The schema whose class is being declared.</param>
    /// <param name="pointer">Where that schema is in the spec.</param>
    public IEnumerable<(IOpenApiSchema? Schema, string Pointer, bool Required, string WireName)> Of(IOpenApiSchema schema, string pointer)
    {
        var walk = new Walk(this);
        walk.Run(schema, pointer);
        var required = new HashSet<string>(walk.Required, StringComparer.Ordinal);
        foreach (var entry in walk.Collected)
        {
            yield return (entry.Schema, entry.Pointer, required.Contains(entry.WireName), entry.WireName);
        }
    }

    /// <summary>What one schema contributed to a walk: ranges of that walk's lists, which are never changed afterwards.</summary>
    private readonly record struct Slice(List<Entry> Properties, int PropertiesStart, int PropertiesEnd, List<string> Required, int RequiredStart, int RequiredEnd);

    /// <summary>A schema the walk has entered and not yet finished, with where its contribution starts.</summary>
    private readonly record struct Frame(int Order, int PropertiesStart, int RequiredStart);

    private sealed class Walk(ComposedProperties owner)
    {
        private readonly Dictionary<string, int> _firstIndex = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _firstRequired = new(StringComparer.Ordinal);
        private readonly Dictionary<IOpenApiSchema, int> _entryOrder = new(SchemaIdentity.Instance);
        private readonly HashSet<IOpenApiSchema> _open = new(SchemaIdentity.Instance);
        private readonly List<Frame> _frames = new();

        // Frames from this index up have lost something to an earlier part of the walk: their slices are not kept.
        private int _incompleteFrom = int.MaxValue;

        public List<Entry> Collected { get; } = new();

        public List<string> Required { get; } = new();

        public void Run(IOpenApiSchema schema, string pointer)
        {
            IOpenApiSchema? root = null;

            // An explicit stack, as allOf chains can be thousands long.
            var pending = new Stack<(IOpenApiSchema Schema, string Pointer, bool PartsDone)>();
            pending.Push((schema, pointer, false));
            while (pending.Count > 0)
            {
                owner._cancellationToken.ThrowIfCancellationRequested();
                var (current, currentPointer, partsDone) = pending.Pop();
                if (partsDone)
                {
                    Finish(current, currentPointer);
                    continue;
                }

                if (current is OpenApiSchemaReference reference)
                {
                    if (owner._targetOf(reference) is not { } target)
                    {
                        owner._unresolved(reference, currentPointer);
                        continue;
                    }

                    if (!ReferenceEquals(current, schema))
                    {
                        owner._composedReference(reference, currentPointer);
                    }

                    currentPointer = owner._componentPointer(reference.Reference.Id ?? string.Empty);
                    current = target;
                }

                root ??= current;
                if (_entryOrder.TryGetValue(current, out var enteredAt))
                {
                    // Met before: every schema entered since then misses its parts, and a schema still open is on a cycle,
                    // whose order depends on where a walk enters it. Schemas entered before it hold the whole cycle either way.
                    var onCycle = _open.Contains(current);
                    MarkIncomplete(FirstFrameAfter(frame => frame.Order > enteredAt || (onCycle && frame.Order == enteredAt)));
                    continue;
                }

                _entryOrder[current] = _entryOrder.Count;
                if (_entryOrder.Count % 1_024 == 0)
                {
                    owner._budget.SpendComposedSchemaVisits(1_024, pointer);
                }

                if (!ReferenceEquals(current, root) && owner._finished.TryGetValue(current, out var slice))
                {
                    Copy(slice, pointer);
                    continue;
                }

                _open.Add(current);
                _frames.Add(new Frame(_entryOrder[current], Collected.Count, Required.Count));
                pending.Push((current, currentPointer, true));
                var parts = current.AllOf ?? new List<IOpenApiSchema>();
                for (var index = parts.Count - 1; index >= 0; index--)
                {
                    pending.Push((parts[index], SpecPointer.Append(SpecPointer.Append(currentPointer, "allOf"), index), false));
                }
            }

            owner._budget.SpendComposedSchemaVisits(_entryOrder.Count % 1_024, pointer);
        }

        private void Finish(IOpenApiSchema current, string currentPointer)
        {
            foreach (var name in current.Required ?? NoNames)
            {
                AddRequired(name);
            }

            foreach (var property in current.Properties ?? NoProperties)
            {
                Add(new Entry(property.Value, SpecPointer.Append(SpecPointer.Append(currentPointer, "properties"), property.Key), property.Key));
            }

            var index = _frames.Count - 1;
            var frame = _frames[index];
            _frames.RemoveAt(index);
            _open.Remove(current);
            if (index < _incompleteFrom)
            {
                owner._finished[current] = new Slice(Collected, frame.PropertiesStart, Collected.Count, Required, frame.RequiredStart, Required.Count);
            }
            else if (index == _incompleteFrom)
            {
                _incompleteFrom = int.MaxValue;
            }
        }

        private void Copy(Slice slice, string pointer)
        {
            // Copying costs what walking would have, bar the schemas: charged alike, so many parts sharing one large
            // slice cannot make each class copy it again and again for free.
            owner._budget.SpendComposedSchemaVisits((slice.PropertiesEnd - slice.PropertiesStart) + (slice.RequiredEnd - slice.RequiredStart), pointer);
            for (var i = slice.RequiredStart; i < slice.RequiredEnd; i++)
            {
                AddRequired(slice.Required[i]);
            }

            for (var i = slice.PropertiesStart; i < slice.PropertiesEnd; i++)
            {
                Add(slice.Properties[i]);
            }
        }

        /// <summary>Each required name once per walk: a chain requiring one name at every level would otherwise copy ever longer lists.</summary>
        private void AddRequired(string name)
        {
            if (_firstRequired.TryGetValue(name, out var first))
            {
                MarkIncomplete(FirstFrameAfter(frame => frame.RequiredStart > first));
                return;
            }

            _firstRequired[name] = Required.Count;
            Required.Add(name);
        }

        private void Add(Entry entry)
        {
            if (_firstIndex.TryGetValue(entry.WireName, out var first))
            {
                // Declared earlier: the schemas entered after that declaration lose this one.
                MarkIncomplete(FirstFrameAfter(frame => frame.PropertiesStart > first));
                return;
            }

            _firstIndex[entry.WireName] = Collected.Count;
            Collected.Add(entry);
        }

        private void MarkIncomplete(int frameIndex)
        {
            if (frameIndex < _frames.Count)
            {
                _incompleteFrom = Math.Min(_incompleteFrom, frameIndex);
            }
        }

        /// <summary>The first open frame that satisfies a condition true of every frame above it, found by halving.</summary>
        private int FirstFrameAfter(Func<Frame, bool> condition)
        {
            int low = 0, high = _frames.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (condition(_frames[middle]))
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            return low;
        }
    }
}
