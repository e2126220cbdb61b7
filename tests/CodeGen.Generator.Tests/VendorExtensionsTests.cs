using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Input;
using CodeGen.Generator.Modeling;
using CodeGen.Generator.Reading;
using Microsoft.OpenApi;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// The generator's <c>x-</c> extensions read from a spec through the same reader the generator uses: each one's typed
/// value, and what a value of the wrong shape reads as.
/// </summary>
public sealed class VendorExtensionsTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Extensions, version: '1'}
        x-vendor: {id: 7}
        paths:
          /items:
            get:
              operationId: listItems
              x-codegen-paging: {offset: start, items: data, limit: '', total: count}
              x-codegen-headers: {X-Version: '2024-01-01', X-Retries: 3, X-Nested: {a: b}}
              x-codegen-iam: {action: 'kps:list', access-level: 5, policy-action: 'kps:*'}
              responses: {'200': {description: ok}}
          /broken:
            get:
              operationId: broken
              x-codegen-paging: [start, data]
              x-codegen-headers: [X-Version]
              x-codegen-iam: 'kps:list'
              responses: {'200': {description: ok}}
        components:
          securitySchemes:
            signed: {type: apiKey, in: header, name: Authorization, x-codegen-signing: huawei}
            plain: {type: apiKey, in: header, name: X-Key}
          schemas:
            Task:
              type: object
              properties:
                startedAt: {type: string, x-codegen-format: unix-ms}
                localTime: {type: string, x-codegen-format: local-datetime, x-codegen-time-zone-property: zone}
                unknownFormat: {type: string, x-codegen-format: epoch-days}
                numericFormat: {type: string, x-codegen-format: 5, x-codegen-time-zone-property: [zone]}
                zone: {type: string}
            Status:
              type: string
              enum: [A, B, C]
              x-enum-descriptions: [First., 7, Third.]
            Bare:
              type: string
              enum: [A]
              x-enum-descriptions: {A: First.}
        """;

    private static readonly OpenApiDocument Document = Read();

    [Fact]
    public void Paging_settings_are_read_as_non_empty_text_and_a_value_that_is_not_an_object_is_marked_malformed()
    {
        var paging = VendorExtensions.PagingOf(Operation("listItems"));
        Assert.Equal(new PagingSettings(true, "start", "data", null, "count"), paging);

        Assert.Same(PagingSettings.NotAnObject, VendorExtensions.PagingOf(Operation("broken")));
        Assert.Null(VendorExtensions.PagingOf(new OpenApiOperation()));
    }

    [Fact]
    public void Constant_headers_keep_scalar_values_in_document_order_and_skip_the_rest()
    {
        Assert.Equal(
            new[] { new KeyValuePair<string, string>("X-Version", "2024-01-01"), new KeyValuePair<string, string>("X-Retries", "3") },
            VendorExtensions.HeadersOf(Operation("listItems")));
        Assert.Empty(VendorExtensions.HeadersOf(Operation("broken")));
    }

    [Fact]
    public void The_iam_permission_keeps_its_text_parts_and_is_absent_when_not_an_object()
    {
        Assert.Equal(new IamPermission("kps:list", "kps:*", null), VendorExtensions.IamOf(Operation("listItems")));
        Assert.Null(VendorExtensions.IamOf(Operation("broken")));
    }

    [Fact]
    public void Only_the_known_vendor_formats_are_read_and_a_time_zone_property_must_be_text()
    {
        var properties = Document.Components!.Schemas!["Task"].Properties!;
        Assert.Equal(VendorExtensions.UnixMilliseconds, VendorExtensions.FormatOf(properties["startedAt"]));
        Assert.Equal(VendorExtensions.LocalDateTime, VendorExtensions.FormatOf(properties["localTime"]));
        Assert.Equal("zone", VendorExtensions.TimeZonePropertyOf(properties["localTime"]));
        Assert.Null(VendorExtensions.FormatOf(properties["unknownFormat"]));
        Assert.Null(VendorExtensions.FormatOf(properties["numericFormat"]));
        Assert.Null(VendorExtensions.TimeZonePropertyOf(properties["numericFormat"]));
        Assert.Null(VendorExtensions.FormatOf(properties["zone"]));
    }

    [Fact]
    public void Enum_descriptions_stay_by_position_with_null_where_an_item_is_not_text()
    {
        Assert.Equal(new[] { "First.", null, "Third." }, VendorExtensions.EnumDescriptionsOf(Document.Components!.Schemas!["Status"]));
        Assert.Empty(VendorExtensions.EnumDescriptionsOf(Document.Components!.Schemas!["Bare"]));
    }

    [Fact]
    public void A_scheme_is_signed_only_when_it_carries_the_signing_extension()
    {
        var schemes = Document.Components!.SecuritySchemes!;
        Assert.True(VendorExtensions.IsSigned(schemes["signed"]));
        Assert.False(VendorExtensions.IsSigned(schemes["plain"]));
    }

    [Fact]
    public void Templates_see_every_extension_as_json_in_name_order()
    {
        Assert.Equal(
            new[] { ("x-codegen-headers", """{"X-Version":"2024-01-01","X-Retries":3,"X-Nested":{"a":"b"}}"""), ("x-codegen-iam", """{"action":"kps:list","access-level":5,"policy-action":"kps:*"}"""), ("x-codegen-paging", """{"offset":"start","items":"data","limit":"","total":"count"}""") },
            VendorExtensions.ForTemplates(Operation("listItems").Extensions).Select(value => (value.Name, value.Json)));
        Assert.Equal(new[] { ("x-vendor", """{"id":7}""") }, VendorExtensions.ForTemplates(Document.Extensions).Select(value => (value.Name, value.Json)));
        Assert.Empty(VendorExtensions.ForTemplates(null));
    }

    private static OpenApiOperation Operation(string operationId) =>
        Document.Paths.SelectMany(path => path.Value.Operations!.Values).Single(operation => operation.OperationId == operationId);

    private static OpenApiDocument Read()
    {
        var outcome = SpecReader.Read(new SpecInput("extensions.yaml", Spec, new SpecOptions(null, null, null)), default);
        Assert.Empty(outcome.Diagnostics.Select(d => d.ToDiagnostic().ToString()));
        return Assert.IsType<OpenApiDocument>(outcome.Document);
    }
}
