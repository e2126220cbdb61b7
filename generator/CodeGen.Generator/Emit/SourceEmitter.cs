using System.Collections.Generic;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Input;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit;

/// <summary>The emit stage: one <see cref="ApiModel"/> → its generated files.</summary>
internal static class SourceEmitter
{
    /// <param name="model">The spec's model.</param>
    /// <param name="settings">The spec's accessibility and template variables.</param>
    /// <param name="overrides">The spec's template files, which replace the built-in templates of the same name.</param>
    /// <param name="canRegister">Whether the compilation references <c>Microsoft.Extensions.Http</c>, so the DI registration compiles.</param>
    /// <param name="cancellationToken">Checked between files and inside each template's loops.</param>
    public static IEnumerable<(string HintName, string Text)> Emit(ApiModel model, EmitSettings settings, TemplateSet overrides, bool canRegister, System.Threading.CancellationToken cancellationToken)
    {
        var hint = model.Namespace + "." + model.ClientName;
        var renderer = new TemplateRenderer(settings, overrides, cancellationToken);
        string Render(string name) => renderer.Render(name, model);

        yield return (hint + ".Client.g.cs", Render("Client"));
        yield return (hint + ".Options.g.cs", Render("Options"));
        if (canRegister)
        {
            yield return (hint + ".Registration.g.cs", Render("Registration"));
        }

        yield return (hint + ".JsonContext.g.cs", Render("JsonContext"));
        if (!model.Objects.IsEmpty)
        {
            yield return (hint + ".Models.g.cs", Render("Models"));
        }

        if (!model.Unions.IsEmpty)
        {
            yield return (hint + ".Unions.g.cs", Render("Unions"));
        }

        if (!model.Enums.IsEmpty)
        {
            yield return (hint + ".Enums.g.cs", Render("Enums"));
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

                // The scheme methods extend any IHttpClientBuilder: declared once, on the spec's own registration.
                SecuritySchemes = EquatableArray<SecuritySchemeModel>.Empty,
            };
            var clientHint = model.Namespace + "." + client.ClientName;
            yield return (clientHint + ".Client.g.cs", renderer.Render("Client", view));
            if (canRegister)
            {
                yield return (clientHint + ".Registration.g.cs", renderer.Render("Registration", view));
            }
        }
    }
}
