using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CodeGen.Benchmarks.Inputs;

/// <summary>Turns a YAML document into JSON for readers that take only JSON (NSwag without its YAML package).</summary>
internal static class YamlToJson
{
    public static string Convert(string yaml) => ToTree(yaml)!.ToJsonString();

    /// <summary>The document as a JSON tree, built from YAML's representation tree the way Microsoft.OpenApi's YAML reader builds it.</summary>
    public static JsonNode? ToTree(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return ToNode(stream.Documents[0].RootNode);
    }

    private static JsonNode? ToNode(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(((YamlScalarNode)pair.Key).Value!, ToNode(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToNode).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    // Plain scalars follow the YAML core schema: numbers, booleans and null are not strings.
    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        if (value is "null" or "~" or "")
        {
            return null;
        }

        if (value is "true" or "false")
        {
            return JsonValue.Create(value == "true");
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(value);
    }
}
