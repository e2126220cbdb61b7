using System.Collections.Generic;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit;

/// <summary>The emit stage: one <see cref="ApiModel"/> → its generated files.</summary>
internal static class SourceEmitter
{
    /// <param name="model">The spec's model.</param>
    /// <param name="canRegister">Whether the compilation references <c>Microsoft.Extensions.Http</c>, so the DI registration compiles.</param>
    /// <param name="cancellationToken">Checked between files and inside each template's loops.</param>
    public static IEnumerable<(string HintName, string Text)> Emit(ApiModel model, bool canRegister, System.Threading.CancellationToken cancellationToken)
    {
        var hint = model.Namespace + "." + model.ClientName;
        yield return (hint + ".Client.g.cs", TemplateRenderer.Render("Client", model, cancellationToken));
        yield return (hint + ".Options.g.cs", TemplateRenderer.Render("Options", model, cancellationToken));
        if (canRegister)
        {
            yield return (hint + ".Registration.g.cs", TemplateRenderer.Render("Registration", model, cancellationToken));
        }

        yield return (hint + ".JsonContext.g.cs", TemplateRenderer.Render("JsonContext", model, cancellationToken));
        if (!model.Objects.IsEmpty)
        {
            yield return (hint + ".Models.g.cs", TemplateRenderer.Render("Models", model, cancellationToken));
        }

        if (!model.Unions.IsEmpty)
        {
            yield return (hint + ".Unions.g.cs", TemplateRenderer.Render("Unions", model, cancellationToken));
        }

        if (!model.Enums.IsEmpty)
        {
            yield return (hint + ".Enums.g.cs", TemplateRenderer.Render("Enums", model, cancellationToken));
        }

        // A per-tag client is the spec's client over fewer operations: the same templates, sharing options and models.
        foreach (var client in model.Clients)
        {
            var view = model with
            {
                ClientName = client.ClientName,
                InterfaceName = client.InterfaceName,
                RegistrationName = client.RegistrationName,
                DocLines = client.DocLines,
                Operations = client.Operations,
                Clients = EquatableArray<ClientGroupModel>.Empty,
            };
            var clientHint = model.Namespace + "." + client.ClientName;
            yield return (clientHint + ".Client.g.cs", TemplateRenderer.Render("Client", view, cancellationToken));
            if (canRegister)
            {
                yield return (clientHint + ".Registration.g.cs", TemplateRenderer.Render("Registration", view, cancellationToken));
            }
        }
    }
}
