using System;
using System.Threading.Tasks;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>Object-valued parameters are sent as their OpenAPI style says: form, deepObject and simple.</summary>
public sealed class ObjectParameterTests
{
    private const string Yaml = """
        openapi: 3.1.0
        info:
          title: Objects
          version: "1"
        paths:
          /search/{point}:
            get:
              operationId: search
              parameters:
                - name: point
                  in: path
                  required: true
                  schema: { $ref: '#/components/schemas/Point' }
                - name: filter
                  in: query
                  style: deepObject
                  schema: { $ref: '#/components/schemas/Filter' }
                - name: page
                  in: query
                  schema: { $ref: '#/components/schemas/Page' }
                - name: range
                  in: query
                  explode: false
                  schema: { $ref: '#/components/schemas/Page' }
              responses:
                '204':
                  description: Done.
        components:
          schemas:
            Point:
              type: object
              properties:
                x: { type: integer }
                y: { type: integer }
            Filter:
              type: object
              properties:
                name: { type: string }
                tags: { type: array, items: { type: string } }
                missing: { type: string }
            Page:
              type: object
              properties:
                offset: { type: integer }
                limit: { type: integer }
        """;

    private static readonly Lazy<GeneratedCode> Client = new(() => GeneratedCode.Compile(
        new Spec("/specs/objects.yaml", Yaml, "Objects", "ObjectsClient"),
        """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Objects;

        public static class Probe
        {
            public static Task Search(Uri baseAddress) =>
                new ObjectsClient(new HttpClient { BaseAddress = baseAddress }).SearchAsync(
                    new Point { X = 1, Y = 2 },
                    new Filter { Name = "a b", Tags = new List<string> { "x", "y" } },
                    new Page { Offset = 10, Limit = 5 },
                    new Page { Offset = 0, Limit = 3 });
        }
        """));

    [Fact]
    public async Task Path_query_deepObject_and_form_styles_are_followed()
    {
        await using var server = new LoopbackHttpServer(204, "text/plain", string.Empty);

        await Client.Value.Call<Task>("Search", server.BaseAddress);

        var target = Assert.Single(server.Requests).Target;
        Assert.Equal("/search/x%2C1%2Cy%2C2?filter%5Bname%5D=a%20b&filter%5Btags%5D=x%2Cy&offset=10&limit=5&range=offset%2C0%2Climit%2C3", target);
    }

    [Fact]
    public void A_oneOf_parameter_is_a_caller_formatted_string_with_a_warning()
    {
        var result = GeneratorHarness.Run(new Spec("/specs/union-parameter.yaml", """
            openapi: 3.1.0
            info:
              title: UnionParameter
              version: "1"
            paths:
              /items:
                get:
                  operationId: listItems
                  parameters:
                    - name: key
                      in: query
                      schema:
                        oneOf:
                          - type: string
                          - type: integer
                  responses:
                    '204':
                      description: Done.
            """, "Test", "TestClient"));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI006", 10), (diagnostic.Id, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.Contains("ListItemsAsync(string? key = null,", result.Source(".Client.g.cs"), StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems());
    }
}
