using System;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>Templates read the user's MSBuild variables and every <c>x-</c> extension of the spec as plain values.</summary>
public sealed class TemplateDataTests
{
    private const string Extended = """
        openapi: 3.0.3
        info:
          title: Extended
          version: "1.0"
        x-team: payments
        paths:
          /pets/{id}:
            get:
              operationId: getPet
              x-rate-limit: 100
              parameters:
                - name: id
                  in: path
                  required: true
                  x-masked: true
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
              x-table:
                name: pets
                columns: [id, name]
                ratio: 0.5
              properties:
                name:
                  type: string
                  x-sensitive: true
                kind:
                  $ref: "#/components/schemas/Kind"
            Kind:
              type: string
              x-closed: false
              enum: [cat, dog]
        """;

    [Fact]
    public void Template_variables_reach_every_template_and_partial()
    {
        var spec = new Spec(TemplateSpecs.ProjectFolder + "specs/extended.yaml", Extended, "Extended", "ExtendedClient")
            .With("OpenApiTemplateFolder", TemplateSpecs.Folder)
            .With("TemplateVariables", "Company=Contoso; Other=1;Flag;=ignored;Company2=a=b");
        var header = Spec.Template(TemplateSpecs.Folder, "Header.sbncs", TemplateSpecs.BuiltIn("Header") + "// company={{ variables.Company }} other={{ variables.Other }} flag=[{{ variables.Flag }}] second={{ variables.Company2 }}\n");

        var result = GeneratorHarness.Run(spec, header);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems());
        Assert.Equal(6, result.Sources.Count());
        Assert.All(result.Sources, source => Assert.Contains("// company=Contoso other=1 flag=[] second=a=b\n", source.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Extensions_of_the_document_operations_parameters_schemas_and_properties_are_plain_values()
    {
        var spec = new Spec(TemplateSpecs.ProjectFolder + "specs/extended.yaml", Extended, "Extended", "ExtendedClient").With("OpenApiTemplateFolder", TemplateSpecs.Folder);
        var templates = new[]
        {
            Spec.Template(TemplateSpecs.Folder, "Header.sbncs", TemplateSpecs.BuiltIn("Header") + "// team={{ model.extensions[\"x-team\"] }}\n"),
            Spec.Template(TemplateSpecs.Folder, "ClientMembers.sbncs", "{{~ for operation in model.operations ~}}\n        // {{ operation.method_name }} limit+1={{ operation.extensions[\"x-rate-limit\"] + 1 }}{{ for p in operation.parameters }} {{ p.argument_name }}.masked={{ p.extensions[\"x-masked\"] }}{{ end }}\n{{~ end ~}}\n"),
            Spec.Template(TemplateSpecs.Folder, "ModelAttributes.sbncs", "    // table={{ obj.extensions[\"x-table\"].name }} columns={{ obj.extensions[\"x-table\"].columns | array.join \",\" }} ratio={{ obj.extensions[\"x-table\"].ratio }}{{ for p in obj.own_properties }} {{ p.name }}.sensitive={{ if p.extensions | object.has_key \"x-sensitive\" }}{{ p.extensions[\"x-sensitive\"] }}{{ else }}-{{ end }}{{ end }} closed={{ model.enums[0].extensions[\"x-closed\"] }}\n"),
        };

        var result = GeneratorHarness.Run(new[] { spec }.Concat(templates));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems());
        Assert.All(result.Sources, source => Assert.Contains("// team=payments\n", source.Text, StringComparison.Ordinal));
        Assert.Contains("        // GetPetAsync limit+1=101 id.masked=true\n", result.Source(".Client.g.cs"), StringComparison.Ordinal);
        Assert.Contains("    // table=pets columns=id,name ratio=0.5 Name.sensitive=true Kind.sensitive=- closed=false\n", result.Source(".Models.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_read_raw_spec_text_and_kinds_by_name_and_write_csharp_through_functions()
    {
        var spec = new Spec(TemplateSpecs.ProjectFolder + "specs/extended.yaml", Extended, "Extended", "ExtendedClient").With("OpenApiTemplateFolder", TemplateSpecs.Folder);
        var members = Spec.Template(
            TemplateSpecs.Folder,
            "ClientMembers.sbncs",
            "{{~ for operation in model.operations ~}}\n"
            + "        // {{ operation.http_method }} {{ operation.path_template }} {{ operation.result_kind }}"
            + "{{ for p in operation.parameters }} {{ p.wire_name }}:{{ p.location }}{{ if p.location == \"Path\" }}!{{ end }}{{ end }}\n"
            + "        public const string Path = {{ literal operation.path_template }};\n"
            + "        public static global::System.Net.Http.HttpMethod Method => {{ http_method operation.http_method }};\n"
            + "{{~ end ~}}\n");

        var result = GeneratorHarness.Run(spec, members);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems());
        var client = result.Source(".Client.g.cs");
        Assert.Contains("        // GET /pets/{id} Json id:Path!\n", client, StringComparison.Ordinal);
        Assert.Contains("        public const string Path = \"/pets/{id}\";\n", client, StringComparison.Ordinal);
        Assert.Contains("Method => global::System.Net.Http.HttpMethod.Get;\n", client, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_without_extensions_has_empty_extension_maps()
    {
        var spec = TemplateSpecs.Pets();
        var header = Spec.Template(TemplateSpecs.Folder, "Header.sbncs", TemplateSpecs.BuiltIn("Header") + "// {{ model.extensions | object.size }} {{ model.operations[0].extensions | object.size }} {{ model.objects[0].extensions | object.size }} {{ model.extensions | object.has_key \"x-missing\" }}\n");

        var result = GeneratorHarness.Run(spec, header);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Contains("// 0 0 0 false\n", result.Source(".Client.g.cs"), StringComparison.Ordinal);
    }
}
