using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>Compares schemas by identity: a document's schema graph may share and cycle, and one object is one place in the spec.</summary>
internal sealed class SchemaIdentity : IEqualityComparer<IOpenApiSchema>
{
    public static readonly SchemaIdentity Instance = new();

    public bool Equals(IOpenApiSchema? x, IOpenApiSchema? y) => ReferenceEquals(x, y);

    public int GetHashCode(IOpenApiSchema obj) => RuntimeHelpers.GetHashCode(obj);
}
