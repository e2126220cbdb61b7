using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// Splits a spec's operations into one client per tag (<c>Clients="PerTag"</c>). An operation with several tags goes
/// to the first it lists; one without tags stays on the spec's own client, the default.
/// </summary>
/// <remarks>
/// Client names come from the tag names alone and are taken before any schema's, so adding operations or schemas
/// never renames a client; two tags that spell the same C# name are told apart by a number, in ordinal order.
/// </remarks>
internal sealed class ClientGrouping
{
    /// <summary>The value of the <c>Clients</c> metadata that asks for a client per tag.</summary>
    public const string PerTag = "PerTag";

    private readonly Dictionary<string, (string Client, string Interface, string Registration)> _names = new(StringComparer.Ordinal);

    /// <summary>Reserves the names of each tag's client among the spec's type names.</summary>
    public ClientGrouping(IEnumerable<string> tags, NameScope typeNames)
    {
        foreach (var tag in tags.Distinct(StringComparer.Ordinal).OrderBy(tag => tag, StringComparer.Ordinal))
        {
            var client = typeNames.Take(Identifiers.ToPascalCase(tag, "Tag") + "Client");
            _names[tag] = (client, typeNames.Take("I" + client), typeNames.Take(client + "ServiceCollectionExtensions"));
        }
    }

    /// <summary>The tags of every operation of the document, in the order they are first used.</summary>
    public static IEnumerable<string> FirstTags(IEnumerable<OpenApiOperation> operations) =>
        operations.Select(operation => OperationSelection.TagsOf(operation).FirstOrDefault()).Where(tag => tag is not null).Select(tag => tag!);

    /// <summary>
    /// Groups <paramref name="operations"/> (built from <paramref name="sources"/>, index for index) by their first
    /// tag; returns the untagged ones for the default client and a group per tag, in client name order.
    /// </summary>
    public (EquatableArray<OperationModel> Untagged, EquatableArray<ClientGroupModel> Groups) Split(IReadOnlyList<OperationModel> operations, IReadOnlyList<OpenApiOperation> sources)
    {
        var untagged = new List<OperationModel>();
        var byTag = new Dictionary<string, List<OperationModel>>(StringComparer.Ordinal);
        for (var i = 0; i < operations.Count; i++)
        {
            var tag = OperationSelection.TagsOf(sources[i]).FirstOrDefault();
            if (tag is null || !_names.ContainsKey(tag))
            {
                untagged.Add(operations[i]);
                continue;
            }

            if (!byTag.TryGetValue(tag, out var list))
            {
                byTag[tag] = list = new List<OperationModel>();
            }

            list.Add(operations[i]);
        }

        var groups = byTag
            .Select(pair => new ClientGroupModel(
                pair.Key,
                _names[pair.Key].Client,
                _names[pair.Key].Interface,
                _names[pair.Key].Registration,
                new EquatableArray<string>(DocText.Lines("The operations tagged '" + pair.Key + "'.")),
                pair.Value.ToEquatableArray()))
            .OrderBy(group => group.ClientName, StringComparer.Ordinal)
            .ToEquatableArray();
        return (untagged.ToEquatableArray(), groups);
    }
}
