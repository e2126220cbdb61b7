using System;
using System.Collections.Generic;

namespace CodeGen.Runtime.DependencyInjection;

/// <summary>Per client (named options): the security schemes it has credentials for, which decide the alternative each request uses.</summary>
internal sealed class ConfiguredSecuritySchemes
{
    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
}
