using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>What a parameter <c>$ref</c> points at: the parameter itself when it is no reference or leads nowhere.</summary>
/// <remarks>
/// The OpenAPI library resolves a reference again, through URI parsing, on every member read: GitHub's operations
/// share most of their parameters through references, and reading each one's schema and content through them
/// allocated 5 MB. Members only the target holds are read from it; a reference may override the description, so
/// that is still read through the reference.
/// </remarks>
internal static class ReferenceTargets
{
    public static IOpenApiParameter Of(IOpenApiParameter parameter) =>
        parameter is OpenApiParameterReference { Target: { } target } ? target : parameter;
}
