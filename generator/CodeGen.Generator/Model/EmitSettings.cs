using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>How a spec's model is written out: its template folder, the accessibility of its types and the user's template variables.</summary>
/// <remarks>Kept beside the model rather than in it: none of it changes what the spec means.</remarks>
internal sealed record EmitSettings(string? TemplateFolder, bool IsInternal, EquatableArray<TemplateVariable> Variables)
{
    public static readonly EmitSettings Default = new(null, false, EquatableArray<TemplateVariable>.Empty);

    /// <summary>The C# modifier of every top-level generated type.</summary>
    public string TypeAccessibility => IsInternal ? "internal" : "public";
}

/// <summary>One <c>TemplateVariables</c> entry.</summary>
internal sealed record TemplateVariable(string Name, string Value);
