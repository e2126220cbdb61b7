using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CodeGen.Generator.Tests.Infrastructure;
using CodeGen.Runtime;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>What a generated client refuses to send and how much it reads, against a raw-socket server on 127.0.0.1.</summary>
public sealed class GeneratedClientSafetyTests
{
    private const string GuardedSpec = """
        openapi: 3.0.3
        info:
          title: Guarded
          version: "1.0"
        servers:
          - url: https://api.example.com
        components:
          securitySchemes:
            headerKey:
              type: apiKey
              in: header
              name: X-Api-Key
            queryKey:
              type: apiKey
              in: query
              name: api_key
          schemas:
            Item:
              type: object
              required: [name]
              properties:
                name:
                  type: string
                note:
                  type: string
        paths:
          /v1/projects/{project}/secrets:
            get:
              operationId: getSecrets
              parameters:
                - name: project
                  in: path
                  required: true
                  schema:
                    type: string
                - name: X-Api-Key
                  in: header
                  schema:
                    type: string
                - name: api_key
                  in: query
                  schema:
                    type: string
                - name: session
                  in: cookie
                  schema:
                    type: string
              responses:
                "200":
                  description: The item.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Item'
          /v1/notes:
            get:
              operationId: getNotes
              responses:
                "200":
                  description: Notes.
                  content:
                    text/plain:
                      schema:
                        type: string
          /v1/constant:
            get:
              operationId: getConstant
              x-codegen-headers:
                X-Constant: "a\r\nInjected: yes"
              responses:
                "204":
                  description: Nothing.
        """;

    private static readonly Lazy<GeneratedCode> Guarded = new(() => GeneratedCode.Compile(
        new Spec("/specs/guarded.yaml", GuardedSpec, "Guarded", "GuardedClient"),
        """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Guarded;
        using Microsoft.Extensions.DependencyInjection;

        public static class Probe
        {
            public static async Task<string> Secrets(Uri baseAddress, string project, string? key, string? apiKey, string? session, long limit)
            {
                using var http = new HttpClient { BaseAddress = baseAddress, MaxResponseContentBufferSize = limit };
                var item = await new GuardedClient(http).GetSecretsAsync(project, key, apiKey, session);
                return item.Name;
            }

            public static async Task<int> Notes(Uri baseAddress, long limit)
            {
                using var http = new HttpClient { BaseAddress = baseAddress, MaxResponseContentBufferSize = limit };
                return (await new GuardedClient(http).GetNotesAsync()).Length;
            }

            public static async Task<int> Constant(Uri baseAddress)
            {
                using var http = new HttpClient { BaseAddress = baseAddress };
                await new GuardedClient(http).GetConstantAsync();
                return 0;
            }

            public static async Task<string> Registered(Uri origin, string key, string apiKey, string session)
            {
                var services = new ServiceCollection();
                services.AddGuardedClient(options => options.Endpoint = origin);
                using var provider = services.BuildServiceProvider();
                var item = await provider.GetRequiredService<IGuardedClient>().GetSecretsAsync("p", key, apiKey, session);
                return item.Name;
            }
        }
        """));

    private static readonly string Item = """{"name":"n"}""";

    [Theory]
    [InlineData("abc\r\nInjected: yes")]
    [InlineData("abc\nInjected: yes")]
    [InlineData("abc\rInjected: yes")]
    [InlineData("abc\0")]
    public async Task A_header_parameter_with_a_line_break_or_NUL_is_refused_and_nothing_is_sent(string value)
    {
        await using var server = new LoopbackHttpServer(200, "application/json", Item);

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => Guarded.Value.CallAsync<string>("Secrets", server.BaseAddress, "p", value, null, null, 1024L));

        Assert.Equal("xApiKey", exception.ParamName);
        Assert.DoesNotContain("Injected", exception.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_header_parameter_arrives_as_exactly_one_header()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", Item);

        await Guarded.Value.CallAsync<string>("Secrets", server.BaseAddress, "p", "abc: Injected yes", null, "a\r\nb", 1024L);

        var request = Assert.Single(server.Requests);
        Assert.Equal("abc: Injected yes", request.Headers["X-Api-Key"]);
        Assert.Equal("session=a%0D%0Ab", request.Headers["Cookie"]);
        Assert.False(request.Headers.ContainsKey("Injected"));
    }

    [Fact]
    public async Task A_constant_header_from_the_spec_with_a_line_break_is_refused_and_nothing_is_sent()
    {
        await using var server = new LoopbackHttpServer(204, "text/plain", string.Empty);

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => Guarded.Value.CallAsync<int>("Constant", server.BaseAddress));

        Assert.Equal("X-Constant", exception.ParamName);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("%2E")]
    [InlineData("%2e%2E")]
    [InlineData(".%2E")]
    [InlineData("%252E%252E")]
    public async Task A_dot_segment_path_parameter_is_refused_and_nothing_is_sent(string project)
    {
        await using var server = new LoopbackHttpServer(200, "application/json", Item);

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => Guarded.Value.CallAsync<string>("Secrets", server.BaseAddress, project, null, null, null, 1024L));

        Assert.Contains("\"..\"", exception.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("...")]
    [InlineData(".a")]
    [InlineData("%2E%2E%2E")]
    public async Task A_path_parameter_made_of_dots_that_is_no_dot_segment_is_sent_escaped(string project)
    {
        await using var server = new LoopbackHttpServer(200, "application/json", Item);

        await Guarded.Value.CallAsync<string>("Secrets", server.BaseAddress, project, null, null, null, 1024L);

        Assert.Equal("/v1/projects/" + Uri.EscapeDataString(project) + "/secrets", Assert.Single(server.Targets));
    }

    [Fact]
    public async Task A_json_body_declared_longer_than_the_limit_is_refused_before_it_is_read()
    {
        var body = """{"name":"n","note":""" + "\"" + new string('x', 4096) + "\"}";
        await using var server = new LoopbackHttpServer(200, "application/json", body);

        var exception = await Assert.ThrowsAsync<ApiException>(() => Guarded.Value.CallAsync<string>("Secrets", server.BaseAddress, "p", null, null, null, 1024L));

        Assert.Equal(200, exception.StatusCode);
        Assert.Contains("larger than the client's limit of 1024 bytes", exception.Message, StringComparison.Ordinal);
        Assert.Equal("n", await Guarded.Value.CallAsync<string>("Secrets", server.BaseAddress, "p", null, null, null, (long)Encoding.UTF8.GetByteCount(body)));
    }

    [Fact]
    public async Task A_streamed_json_body_past_the_limit_stops_being_read_at_the_limit()
    {
        var sent = new TaskCompletionSource<long>();
        await using var server = new LoopbackHttpServer(_ => new LoopbackResponse(200, "application/json", string.Empty, WriteBody: stream => Endless(stream, "{\"name\":\"n\",\"note\":\"", sent)));

        var exception = await Assert.ThrowsAsync<ApiException>(() => Guarded.Value.CallAsync<string>("Secrets", server.BaseAddress, "p", null, null, null, 64L * 1024));

        Assert.Contains("larger than the client's limit of 65536 bytes", exception.Message, StringComparison.Ordinal);

        // The server stops when the client closes the connection, far short of the 256 MB it would send to a reader without a limit.
        Assert.InRange(await sent.Task, 64 * 1024, 64L * 1024 * 1024);
    }

    [Fact]
    public async Task A_streamed_text_body_past_the_limit_is_refused()
    {
        await using var server = new LoopbackHttpServer(_ => new LoopbackResponse(200, "text/plain", string.Empty, WriteBody: stream => Endless(stream, string.Empty, new TaskCompletionSource<long>())));
        await using var small = new LoopbackHttpServer(200, "text/plain; charset=utf-8", "héllo");

        var exception = await Assert.ThrowsAsync<ApiException>(() => Guarded.Value.CallAsync<int>("Notes", server.BaseAddress, 8L * 1024));

        Assert.Contains("limit of 8192 bytes", exception.Message, StringComparison.Ordinal);
        Assert.Equal(5, await Guarded.Value.CallAsync<int>("Notes", small.BaseAddress, 6L));
    }

    [Fact]
    public async Task A_required_non_nullable_property_that_arrives_as_null_throws_with_its_json_path()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", """{"note":"x","name":null}""");
        await using var missing = new LoopbackHttpServer(200, "application/json", """{"note":"x"}""");

        var exception = await Assert.ThrowsAsync<ApiException>(() => Guarded.Value.CallAsync<string>("Secrets", server.BaseAddress, "p", null, null, null, 1024L));
        var missingException = await Assert.ThrowsAsync<ApiException>(() => Guarded.Value.CallAsync<string>("Secrets", missing.BaseAddress, "p", null, null, null, 1024L));

        Assert.Contains("$.name", exception.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be null", exception.Message, StringComparison.Ordinal);
        Assert.Equal("""{"note":"x","name":null}""", exception.ResponseBody);
        Assert.Contains("name", missingException.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cross_origin_redirect_reaches_the_other_host_without_any_credential()
    {
        await using var elsewhere = new LoopbackHttpServer(200, "application/json", Item);
        await using var origin = new LoopbackHttpServer(_ => new LoopbackResponse(302, "text/plain", string.Empty, new Dictionary<string, string>
        {
            ["Location"] = elsewhere.BaseAddress + "landing?api_key=KEY-IN-QUERY&keep=1",
        }));

        var name = await Guarded.Value.CallAsync<string>("Registered", origin.BaseAddress, "KEY-IN-HEADER", "KEY-IN-QUERY", "SESSION-COOKIE");

        Assert.Equal("n", name);
        var first = Assert.Single(origin.Requests);
        Assert.Equal("KEY-IN-HEADER", first.Headers["X-Api-Key"]);
        Assert.Equal("session=SESSION-COOKIE", first.Headers["Cookie"]);
        Assert.Contains("api_key=KEY-IN-QUERY", first.Target, StringComparison.Ordinal);
        var arrived = Assert.Single(elsewhere.Requests);
        Assert.Equal("/landing?keep=1", arrived.Target);
        Assert.False(arrived.Headers.ContainsKey("X-Api-Key"));
        Assert.False(arrived.Headers.ContainsKey("Cookie"));
    }

    [Fact]
    public async Task A_same_origin_redirect_keeps_the_credentials()
    {
        var hops = 0;
        await using var origin = new LoopbackHttpServer(_ => hops++ == 0
            ? new LoopbackResponse(307, "text/plain", string.Empty, new Dictionary<string, string> { ["Location"] = "/moved" })
            : new LoopbackResponse(200, "application/json", Item));

        await Guarded.Value.CallAsync<string>("Registered", origin.BaseAddress, "KEY-IN-HEADER", "KEY-IN-QUERY", "SESSION-COOKIE");

        var moved = origin.Requests.Last();
        Assert.Equal("/moved", moved.Target);
        Assert.Equal("KEY-IN-HEADER", moved.Headers["X-Api-Key"]);
        Assert.Equal("session=SESSION-COOKIE", moved.Headers["Cookie"]);
    }

    /// <summary>Writes <paramref name="prefix"/> then 'x' until 256 MB or until the client stops reading; reports the bytes sent.</summary>
    private static async Task Endless(Stream stream, string prefix, TaskCompletionSource<long> sent)
    {
        var chunk = Encoding.ASCII.GetBytes(new string('x', 16 * 1024));
        long total = 0;
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(prefix));
            while (total < 256L * 1024 * 1024)
            {
                await stream.WriteAsync(chunk);
                total += chunk.Length;
            }
        }
        finally
        {
            sent.TrySetResult(total);
        }
    }
}
