using System.Text.Json;
using CodeGen.Generator.Helpers;
using Scriban.Runtime;

namespace CodeGen.Generator.Model;

/// <summary>One <c>x-</c> extension of the spec, kept as its JSON text so the model stays equatable.</summary>
internal sealed record ExtensionValue(string Name, string Json)
{
    /// <summary>
    /// The extensions as templates read them: name → string, number (<c>long</c> or <c>double</c>), bool, null, list or
    /// object. Built on each read: templates read few, and a cached copy would make the model compare by reference.
    /// Scriban's own object and array, so a template can ask for a name the spec does not have and get null.
    /// </summary>
    public static ScriptObject ToPlain(EquatableArray<ExtensionValue> extensions)
    {
        var values = new ScriptObject(System.StringComparer.Ordinal);
        foreach (var extension in extensions)
        {
            using var document = JsonDocument.Parse(extension.Json);
            values[extension.Name] = Plain(document.RootElement);
        }

        return values;
    }

    private static object? Plain(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var members = new ScriptObject(System.StringComparer.Ordinal);
                foreach (var member in element.EnumerateObject())
                {
                    members[member.Name] = Plain(member.Value);
                }

                return members;
            case JsonValueKind.Array:
                var items = new ScriptArray();
                foreach (var item in element.EnumerateArray())
                {
                    items.Add(Plain(item));
                }

                return items;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt64(out var integer) ? integer : element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
