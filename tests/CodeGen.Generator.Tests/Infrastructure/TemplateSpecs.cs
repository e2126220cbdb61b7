using System.IO;
using Xunit;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>Small specs and template folders for the template-override tests.</summary>
internal static class TemplateSpecs
{
    public const string ProjectFolder = "/project/";

    public const string Folder = ProjectFolder + "templates/";

    public const string OtherFolder = ProjectFolder + "other-templates/";

    /// <summary>A spec with an operation, two models and an enum, in <paramref name="name"/>'s own namespace.</summary>
    public static Spec Pets(string name = "Pets", string? templateFolder = Folder)
    {
        var spec = new Spec(ProjectFolder + "specs/" + name.ToLowerInvariant() + ".yaml", PetsText(name), name, name + "Client");
        return templateFolder is null ? spec : spec.With("OpenApiTemplateFolder", templateFolder);
    }

    /// <summary>
    /// Asserts that a run failed only on <paramref name="template"/>: every diagnostic is OAPI020 located in that file
    /// (on <paramref name="line"/>, zero-based, when given), and nothing was generated.
    /// </summary>
    public static void AssertFailedIn(GenerationResult result, Spec template, int? line = null)
    {
        Assert.NotEmpty(result.GeneratorDiagnostics);
        Assert.All(result.GeneratorDiagnostics, diagnostic =>
        {
            Assert.Equal("OAPI020", diagnostic.Id);
            Assert.Equal(template.Path, diagnostic.Location.GetLineSpan().Path);
            if (line is { } expected)
            {
                Assert.Equal(expected, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
            }
        });
        Assert.Empty(result.Sources);
    }

    /// <summary>The text of an embedded template, to build an override that differs from it in one place.</summary>
    public static string BuiltIn(string name)
    {
        using var stream = typeof(OpenApiClientGenerator).Assembly.GetManifestResourceStream("CodeGen.Generator.Emit.Templates." + name + ".sbncs")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string PetsText(string title) => $$"""
        openapi: 3.0.3
        info:
          title: {{title}}
          version: "1.0"
        paths:
          /pets/{id}:
            get:
              operationId: getPet
              parameters:
                - name: id
                  in: path
                  required: true
                  schema:
                    type: string
              responses:
                "200":
                  description: The pet.
                  content:
                    application/json:
                      schema:
                        $ref: "#/components/schemas/Pet"
        components:
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name:
                  type: string
                owner:
                  $ref: "#/components/schemas/Owner"
                kind:
                  $ref: "#/components/schemas/Kind"
            Owner:
              type: object
              properties:
                email:
                  type: string
            Kind:
              type: string
              enum: [cat, dog]
        """;
}
