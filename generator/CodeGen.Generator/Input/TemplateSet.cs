using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Input;

/// <summary>The template files one spec renders with, in ordinal name order; empty means the built-in templates only.</summary>
/// <remarks>Equatable, so editing a template in another folder leaves this spec's emit cached.</remarks>
internal sealed record TemplateSet(EquatableArray<TemplateFile> Files)
{
    public static readonly TemplateSet Empty = new(EquatableArray<TemplateFile>.Empty);

    public bool IsEmpty => Files.IsEmpty;

    public static TemplateSet For(string? folder, ImmutableArray<TemplateFile> all)
    {
        if (folder is null || all.IsDefaultOrEmpty)
        {
            return Empty;
        }

        var files = all.Where(file => string.Equals(file.Folder, folder, StringComparison.Ordinal))
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .ToEquatableArray();
        return files.IsEmpty ? Empty : new TemplateSet(files);
    }

    public TemplateFile? Find(string name)
    {
        foreach (var file in Files)
        {
            if (string.Equals(file.Name, name, StringComparison.Ordinal))
            {
                return file;
            }
        }

        return null;
    }

    public TemplateFile? FindByPath(string path)
    {
        foreach (var file in Files)
        {
            if (string.Equals(file.Path, path, StringComparison.Ordinal))
            {
                return file;
            }
        }

        return null;
    }
}
