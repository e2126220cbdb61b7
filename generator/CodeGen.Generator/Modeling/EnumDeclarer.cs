using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// Declares a generated enum: an open struct over its documented string values, each a named member with its
/// description, so values a service adds later are kept rather than thrown on.
/// </summary>
internal sealed class EnumDeclarer(
    ModelContext context,
    DeclaredTypes declared,
    JsonTypeRegistry json,
    ModelBudget budget,
    CancellationToken cancellationToken)
{
    /// <summary>Declares the enum of <paramref name="schema"/> (a string <c>enum</c>, or the open form of one), named <paramref name="name"/>.</summary>
    public TypeUse Declare(IOpenApiSchema schema, string name, string pointer)
    {
        var use = new TypeUse(TypeRef.Generated(context.Namespace, name, isValueType: true));
        var spelledLength = TypeWeight.Of(use.Type);
        declared.Declare(schema, use, DeclaredKind.Enum);
        json.Enum(use.Type, nullable: false);
        var memberNames = new NameScope(FixedMemberNames.OfEnums.Concat(new[] { name }).ToArray());
        var known = SchemaShapes.OpenEnumPart(schema) ?? schema;
        var descriptions = VendorExtensions.EnumDescriptionsOf(known);

        // Some documents put the descriptions beside the anyOf rather than beside the values it holds.
        if (descriptions.Count == 0)
        {
            descriptions = VendorExtensions.EnumDescriptionsOf(schema);
        }

        var members = new List<EnumMemberModel>();
        var seenValues = new HashSet<string>(StringComparer.Ordinal);
        budget.SpendMembers(known.Enum!.Count, pointer);
        var index = 0;
        foreach (var node in known.Enum!)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var position = index++;
            if (node is null || !seenValues.Add(node.GetValue<string>()))
            {
                continue;
            }

            var value = node.GetValue<string>();
            var memberName = memberNames.Take(Identifiers.ToPascalCase(value, "Empty"));
            var description = position < descriptions.Count ? descriptions[position] : null;
            members.Add(new EnumMemberModel(memberName, value, new EquatableArray<string>(DocText.Lines(description ?? "The value \"" + value + "\"."))));
            budget.SpendCharacters(memberName.Length + (2L * (members[members.Count - 1].Value.Length + 2 + spelledLength)), pointer);
        }

        declared.AddEnum(new EnumModel(name, use.Type, new EquatableArray<string>(DocText.Lines(schema.Title ?? known.Title, schema.Description ?? known.Description)), members.ToEquatableArray())
        {
            ExtensionsJson = VendorExtensions.ForTemplates(schema.Extensions),
        });
        return use;
    }
}
