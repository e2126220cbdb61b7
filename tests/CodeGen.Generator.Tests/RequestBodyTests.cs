using System;
using System.Linq;
using System.Threading.Tasks;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>Form, multipart, binary and text request bodies arrive on the wire as their media type says.</summary>
public sealed class RequestBodyTests
{
    private static readonly Lazy<GeneratedCode> Client = new(() => GeneratedCode.Compile(
        Spec.FromFile("Specs/bodies.yaml", "Bodies", "BodiesClient"),
        """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Net.Http;
        using System.Text;
        using System.Threading.Tasks;
        using Bodies;

        public static class Probe
        {
            public static Task Form(Uri baseAddress) =>
                Create(baseAddress).SubmitFormAsync(new SubmitFormRequest { Name = "a b&c=d", Count = 3, Tags = new List<string> { "x", "y" } });

            public static Task Upload(Uri baseAddress) =>
                Create(baseAddress).UploadFileAsync(new UploadFileRequest { Description = "report", File = Encoding.ASCII.GetBytes("FILE-BYTES"), Meta = new UploadFileRequestMeta { Size = 10 } });

            public static Task Raw(Uri baseAddress) =>
                Create(baseAddress).PutRawAsync(new MemoryStream(Encoding.ASCII.GetBytes("RAW-BYTES")));

            public static Task Note(Uri baseAddress) => Create(baseAddress).PostNoteAsync("plain text");

            public static async Task<string> Download(Uri baseAddress)
            {
                await using var file = await Create(baseAddress).DownloadFileAsync("report.bin");
                using var copy = new MemoryStream();
                await file.CopyToAsync(copy);
                return file.ContentType + "|" + file.ContentLength + "|" + file.FileName + "|" + Encoding.ASCII.GetString(copy.ToArray());
            }

            public static async Task<string> DownloadMissing(Uri baseAddress)
            {
                try
                {
                    await using var file = await Create(baseAddress).DownloadFileAsync("missing.bin");
                    return "no error";
                }
                catch (CodeGen.Runtime.ApiException exception)
                {
                    return exception.StatusCode + "|" + exception.ResponseBody;
                }
            }

            private static BodiesClient Create(Uri baseAddress) => new(new HttpClient { BaseAddress = baseAddress });
        }
        """));

    [Fact]
    public async Task A_form_body_is_url_encoded_with_arrays_as_repeated_fields_and_nulls_left_out()
    {
        var request = await Send("Form");

        Assert.Equal("application/x-www-form-urlencoded", request.Headers["content-type"]);
        Assert.Equal("name=a+b%26c%3Dd&count=3&tags=x&tags=y", request.Body);
    }

    [Fact]
    public async Task A_multipart_body_sends_binary_properties_as_files_and_objects_as_json()
    {
        var request = await Send("Upload");

        Assert.StartsWith("multipart/form-data; boundary=", request.Headers["content-type"], StringComparison.Ordinal);
        Assert.True(request.Body.Contains("name=description\r\n\r\nreport\r\n", StringComparison.Ordinal), request.Body);
        var filePart = request.Body.Split("--" + request.Headers["content-type"].Split("boundary=")[1].Trim('"')).Single(part => part.Contains("name=file", StringComparison.Ordinal));
        Assert.Contains("Content-Type: application/octet-stream\r\n", filePart, StringComparison.Ordinal);
        Assert.Contains("filename=file", filePart, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\nFILE-BYTES\r\n", filePart, StringComparison.Ordinal);
        Assert.Contains("{\"size\":10}", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_binary_body_streams_the_callers_bytes_with_its_media_type()
    {
        var request = await Send("Raw");

        Assert.Equal(("PUT", "application/octet-stream", "RAW-BYTES"), (request.Method, request.Headers["content-type"], request.Body));
    }

    [Fact]
    public async Task A_text_body_is_sent_as_utf8_text()
    {
        var request = await Send("Note");

        Assert.Equal(("text/plain; charset=utf-8", "plain text"), (request.Headers["content-type"], request.Body));
    }

    [Fact]
    public async Task A_binary_response_is_a_stream_that_carries_the_servers_media_type_length_and_file_name()
    {
        var headers = new System.Collections.Generic.Dictionary<string, string> { ["Content-Disposition"] = "attachment; filename=\"report.bin\"" };
        await using var server = new LoopbackHttpServer(_ => new LoopbackResponse(200, "application/pdf", "%PDF-BYTES", headers));

        var result = await Client.Value.Call<Task<string>>("Download", server.BaseAddress);

        Assert.Equal("application/pdf|10|report.bin|%PDF-BYTES", result);
        Assert.Equal("/files/report.bin", Assert.Single(server.Targets));
    }

    [Fact]
    public async Task A_binary_operation_that_fails_throws_with_the_error_body_instead_of_returning_a_stream()
    {
        await using var server = new LoopbackHttpServer(404, "application/json", """{"message":"no such file"}""");

        var result = await Client.Value.Call<Task<string>>("DownloadMissing", server.BaseAddress);

        Assert.Equal("""404|{"message":"no such file"}""", result);
    }

    private static async Task<RecordedRequest> Send(string probe)
    {
        await using var server = new LoopbackHttpServer(204, "text/plain", string.Empty);
        await Client.Value.Call<Task>(probe, server.BaseAddress);
        return Assert.Single(server.Requests);
    }
}
