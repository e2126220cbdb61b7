using System.Collections.Generic;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit;

/// <summary>The emit stage: one <see cref="ApiModel"/> → its generated files.</summary>
internal static class SourceEmitter
{
    /// <param name="model">The spec's model.</param>
    /// <param name="canRegister">Whether the compilation references <c>Microsoft.Extensions.Http</c>, so the DI registration compiles.</param>
    public static IEnumerable<(string HintName, string Text)> Emit(ApiModel model, bool canRegister)
    {
        var hint = model.Namespace + "." + model.ClientName;
        yield return (hint + ".Client.g.cs", TemplateRenderer.Render("Client", model));
        yield return (hint + ".Options.g.cs", TemplateRenderer.Render("Options", model));
        if (canRegister)
        {
            yield return (hint + ".Registration.g.cs", TemplateRenderer.Render("Registration", model));
        }

        yield return (hint + ".JsonContext.g.cs", TemplateRenderer.Render("JsonContext", model));
        if (!model.Objects.IsEmpty)
        {
            yield return (hint + ".Models.g.cs", TemplateRenderer.Render("Models", model));
        }

        if (!model.Unions.IsEmpty)
        {
            yield return (hint + ".Unions.g.cs", TemplateRenderer.Render("Unions", model));
        }

        if (!model.Enums.IsEmpty)
        {
            yield return (hint + ".Enums.g.cs", TemplateRenderer.Render("Enums", model));
        }
    }
}
