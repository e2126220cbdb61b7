using System.Collections.Generic;
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
    }
}
