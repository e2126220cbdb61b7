using System;
using System.Collections.Generic;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>Typed views of strings in a vendor format (<c>x-codegen-format</c>), beside the properties that carry the text.</summary>
internal static class FormatAccessors
{
    /// <summary>
    /// Gives each own string property with a known vendor format its typed view, named after it. Called once every
    /// wire property has its name, so a view never takes a name a property needs.
    /// </summary>
    /// <param name="collected">The class's collected properties, in the order of <paramref name="properties"/>.</param>
    /// <param name="csharpNames">The C# name of each property, by wire name.</param>
    public static void Attach(
        List<PropertyModel> properties,
        IReadOnlyList<(IOpenApiSchema? Schema, string Pointer, bool Required, string WireName)> collected,
        IReadOnlyDictionary<string, string> csharpNames,
        NameScope propertyNames,
        ModelContext context)
    {
        var types = new Dictionary<string, TypeRef>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            types[property.Name] = property.Type;
        }

        for (var i = 0; i < properties.Count; i++)
        {
            var (propertySchema, propertyPointer, _, wireName) = collected[i];
            if (!properties[i].IsInherited && properties[i].Type.Kind == TypeRefKind.String &&
                propertySchema is not null && VendorExtensions.FormatOf(propertySchema) is { } format)
            {
                var zoneSource = VendorExtensions.TimeZonePropertyOf(propertySchema!) is { } zone && csharpNames.TryGetValue(zone, out var zoneName) ? zoneName : null;
                if (zoneSource is not null && types[zoneSource].Kind != TypeRefKind.String)
                {
                    // The zone is read from the property's text: any other type would not convert.
                    context.Report(DiagnosticDescriptors.UnsupportedConstruct, SpecPointer.Append(propertyPointer, VendorExtensions.TimeZoneProperty), "A time-zone property that is not a string", wireName, "a local time without a zone");
                    zoneSource = null;
                }

                var accessor = new FormatAccessorModel(
                    propertyNames.Take(properties[i].Name + "Value"),
                    format == "unix-ms" ? StringFormat.UnixMilliseconds : StringFormat.LocalDateTime,
                    zoneSource is null ? null : propertyNames.Take(properties[i].Name + "Offset"),
                    zoneSource);
                properties[i] = properties[i] with { Accessor = accessor };
            }
        }
    }
}
