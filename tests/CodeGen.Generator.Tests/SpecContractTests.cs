using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.OpenApi;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// The product's specs are data that users trust more than the vendor pages: every documented parameter
/// and field is guarded here against silent edits.
/// </summary>
public sealed class SpecContractTests
{
    private const string Kps = "specs/huaweicloud/kps.yaml";
    private const string Workspace = "specs/huaweicloud/workspace.yaml";
    private const string Ack = "specs/alibabacloud/cs.yaml";

    [Theory]
    [InlineData(Kps)]
    [InlineData(Workspace)]
    [InlineData(Ack)]
    public void Spec_loads_with_no_errors_and_no_warnings(string path)
    {
        var document = SpecDocuments.Load(path);

        Assert.Matches(@"(?m)^openapi: 3\.1\.\d+$", System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, path)));
        Assert.Single(document.Paths);
    }

    [Theory]
    [InlineData(Kps, "https://kms.{region}.myhuaweicloud.com", "cn-north-4")]
    [InlineData(Workspace, "https://workspace.{region}.myhuaweicloud.com", "cn-north-4")]
    [InlineData(Ack, "https://cs.{region}.aliyuncs.com", "cn-hangzhou")]
    public void Server_has_a_region_variable_with_a_default(string path, string url, string region)
    {
        var server = Assert.Single(SpecDocuments.Load(path).Servers!);

        Assert.Equal(url, server.Url);
        Assert.Equal(region, server.Variables!["region"].Default);
    }

    [Fact]
    public void Kps_operation_and_parameters_are_as_documented()
    {
        var document = SpecDocuments.Load(Kps);
        var operation = SpecDocuments.Operation(document, "ListRunningTask");

        Assert.Equal("/v3/{project_id}/running-tasks", document.Paths.Single().Key);
        var parameters = operation.Parameters!.ToDictionary(p => p.Name!);
        Assert.Equal(new[] { "project_id", "limit", "offset" }, parameters.Keys);
        AssertParameter(parameters["project_id"], ParameterLocation.Path, "string", required: true);
        Assert.Equal((32, 32), (parameters["project_id"].Schema!.MinLength, parameters["project_id"].Schema!.MaxLength));
        AssertParameter(parameters["limit"], ParameterLocation.Query, "integer/int32", required: false);
        Assert.Equal(1000, parameters["limit"].Schema!.Default!.GetValue<int>());
        AssertParameter(parameters["offset"], ParameterLocation.Query, "integer/int32", required: false);
        Assert.Equal("0", parameters["offset"].Schema!.Minimum);

        var iam = Assert.IsType<JsonNodeExtension>(operation.Extensions!["x-codegen-iam"]).Node;
        Assert.Equal("kps::getRunningTask", iam["action"]!.GetValue<string>());
        Assert.Equal("kps:domainKeypairs:getrunningtask", iam["policy-action"]!.GetValue<string>());
        AssertPaging(operation, "offset", "limit", "tasks", "total");
        Assert.Contains("default", operation.Responses!.Keys);
    }

    [Fact]
    public void Kps_response_fields_are_as_documented()
    {
        var document = SpecDocuments.Load(Kps);

        AssertFields(document, "RunningTasks", ("total", "integer/int32"), ("tasks", "array<RunningTask>"));
        AssertFields(document, "RunningTask", ("task_id", "string"), ("operate_type", "string"), ("task_time", "string"), ("server_name", "string"), ("server_id", "string"), ("keypair_name", "string"));
        AssertFields(document, "ErrorResponse", ("error_code", "string"), ("error_msg", "string"));

        var operateType = SpecDocuments.Schema(document, "RunningTask").Properties!["operate_type"];
        Assert.Equal(new[] { "FAILED_RESET", "FAILED_REPLACE", "FAILED_UNBIND" }, SpecDocuments.OpenEnumValues(operateType));
        var taskTime = SpecDocuments.Schema(document, "RunningTask").Properties!["task_time"];
        Assert.Equal("unix-ms", Extension(taskTime, "x-codegen-format"));
    }

    [Fact]
    public void Workspace_operation_and_parameters_are_as_documented()
    {
        var document = SpecDocuments.Load(Workspace);
        var operation = SpecDocuments.Operation(document, "ListScheduledTasksRecords");

        Assert.Equal("/v2/{project_id}/scheduled-tasks/{task_id}/records", document.Paths.Single().Key);
        var parameters = operation.Parameters!.ToDictionary(p => p.Name!);
        Assert.Equal(new[] { "project_id", "task_id", "offset", "limit" }, parameters.Keys);
        AssertParameter(parameters["project_id"], ParameterLocation.Path, "string", required: true);
        AssertParameter(parameters["task_id"], ParameterLocation.Path, "string", required: true);
        AssertParameter(parameters["offset"], ParameterLocation.Query, "integer/int32", required: false);
        Assert.Equal("0", parameters["offset"].Schema!.Minimum);
        AssertParameter(parameters["limit"], ParameterLocation.Query, "integer/int32", required: false);
        Assert.Equal(("0", "100", 10), (parameters["limit"].Schema!.Minimum, parameters["limit"].Schema!.Maximum, parameters["limit"].Schema!.Default!.GetValue<int>()));
        AssertPaging(operation, "offset", "limit", "tasks_records", "total_count");
        Assert.Equal(new[] { "200", "400", "500" }, operation.Responses!.Keys.Order());
    }

    [Fact]
    public void Workspace_response_fields_are_as_documented()
    {
        var document = SpecDocuments.Load(Workspace);

        AssertFields(document, "ListScheduledTasksRecordsResponse", ("tasks_records", "array<ScheduledTasksRecords>"), ("total_count", "integer/int32"));
        AssertFields(
            document,
            "ScheduledTasksRecords",
            ("id", "string"), ("start_time", "string"), ("task_type", "string"), ("scheduled_type", "string"), ("life_cycle_type", "string"),
            ("status", "string"), ("success_num", "integer/int32"), ("failed_num", "integer/int32"), ("skip_num", "integer/int32"),
            ("time_zone", "string"), ("execute_task_id", "string"), ("execute_object_type", "string"));
        AssertFields(document, "ErrorResponse", ("error_code", "string"), ("error_msg", "string"), ("error_detail", "string"), ("encoded_authorization_message", "string"));

        var record = SpecDocuments.Schema(document, "ScheduledTasksRecords");
        Assert.Equal("local-datetime", Extension(record.Properties!["start_time"], "x-codegen-format"));
        Assert.Equal(new[] { "START", "STOP", "REBOOT", "HIBERNATE", "REBUILD" }, SpecDocuments.OpenEnumValues(record.Properties!["task_type"]));
        Assert.Equal(new[] { "FIXED_TIME", "DAY", "WEEK", "MONTH" }, SpecDocuments.OpenEnumValues(record.Properties!["scheduled_type"]));
    }

    [Fact]
    public void Ack_operation_and_parameters_are_as_documented()
    {
        var document = SpecDocuments.Load(Ack);
        var operation = SpecDocuments.Operation(document, "DescribeTaskInfo");

        Assert.Equal("/tasks/{task_id}", document.Paths.Single().Key);
        AssertParameter(Assert.Single(operation.Parameters!), ParameterLocation.Path, "string", required: true);
        var headers = Assert.IsType<JsonNodeExtension>(operation.Extensions!["x-codegen-headers"]).Node;
        Assert.Equal("DescribeTaskInfo", headers["x-acs-action"]!.GetValue<string>());
        Assert.Equal("2015-12-15", headers["x-acs-version"]!.GetValue<string>());
        Assert.Equal("ACS3-HMAC-SHA256", Extension(document.Components!.SecuritySchemes!["acs3Signing"], "x-codegen-signing"));
    }

    [Fact]
    public void Ack_response_fields_are_as_documented_plus_the_sdk_only_fields()
    {
        var document = SpecDocuments.Load(Ack);

        AssertFields(
            document,
            "DescribeTaskInfoResponse",
            ("cluster_id", "string"), ("task_id", "string"), ("created", "string/date-time"), ("updated", "string/date-time"), ("state", "string"),
            ("task_type", "string"), ("task_result", "array<TaskResult>"),
            ("current_stage", "string"), ("error", "#TaskError"), ("events", "array<TaskEvent>"), ("stages", "array<TaskStage>"),
            ("target", "#TaskTarget"), ("outputs", "object"), ("parameters", "object"));
        AssertFields(document, "TaskResult", ("data", "string"), ("status", "string"));
        AssertFields(document, "ErrorResponse", ("code", "string"), ("message", "string"), ("requestId", "string"), ("recommend", "string"));

        var response = SpecDocuments.Schema(document, "DescribeTaskInfoResponse").Properties!;
        Assert.Equal(new[] { "running", "failed", "fail", "success" }, SpecDocuments.OpenEnumValues(response["state"]));
        Assert.Equal(new[] { "success", "failed", "initail", "initial" }, SpecDocuments.OpenEnumValues(SpecDocuments.Schema(document, "TaskResult").Properties!["status"]));
        foreach (var sdkOnly in new[] { "current_stage", "events", "stages", "outputs", "parameters" })
        {
            Assert.True(Extension(response[sdkOnly], "x-codegen-undocumented") == "true", sdkOnly + " is not marked as undocumented");
        }
    }

    [Fact]
    public void Huawei_specs_accept_a_token_or_aksk_signing()
    {
        foreach (var path in new[] { Kps, Workspace })
        {
            var document = SpecDocuments.Load(path);
            var schemes = document.Components!.SecuritySchemes!;
            Assert.Equal(("X-Auth-Token", ParameterLocation.Header), (schemes["iamToken"].Name, schemes["iamToken"].In!.Value));
            Assert.Equal("SDK-HMAC-SHA256", Extension(schemes["akskSigning"], "x-codegen-signing"));
            Assert.Equal(2, document.Security!.Count);
        }
    }

    [Theory]
    [InlineData(Kps)]
    [InlineData(Workspace)]
    [InlineData(Ack)]
    public void Every_example_conforms_to_its_schema(string path)
    {
        var document = SpecDocuments.Load(path);
        var checkedExamples = 0;
        foreach (var operation in document.Paths.SelectMany(p => p.Value.Operations!.Values))
        {
            foreach (var (status, response) in operation.Responses!)
            {
                foreach (var media in response.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>())
                {
                    foreach (var (name, example) in media.Examples ?? new Dictionary<string, IOpenApiExample>())
                    {
                        var problems = ExampleValidator.Validate(example.Value, media.Schema!, "#");
                        Assert.True(problems.Count == 0, $"{status} example '{name}': " + string.Join("; ", problems));
                        checkedExamples++;
                    }
                }
            }
        }

        Assert.True(checkedExamples > 0, "no example was checked");
    }

    [Theory]
    [InlineData(Kps)]
    [InlineData(Workspace)]
    [InlineData(Ack)]
    public void Every_enumeration_is_open_to_standard_validators(string path)
    {
        var document = SpecDocuments.Load(path);
        var enumerations = 0;
        var pending = new Stack<(string Pointer, IOpenApiSchema Schema)>(document.Components!.Schemas!.Select(pair => ("#/components/schemas/" + pair.Key, pair.Value)));
        while (pending.Count > 0)
        {
            var (pointer, schema) = pending.Pop();
            if (schema is OpenApiSchemaReference)
            {
                continue;
            }

            if (schema.AnyOf is { Count: > 0 } && schema.AnyOf.Any(alternative => alternative.Enum is { Count: > 0 }))
            {
                Assert.NotEmpty(SpecDocuments.OpenEnumValues(schema));
                Assert.False(string.IsNullOrWhiteSpace(schema.Description), pointer + " has no description");
                enumerations++;
                continue;
            }

            Assert.True(schema.Enum is not { Count: > 0 }, pointer + " is a closed enum, which rejects values the vendor did not list");
            foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                pending.Push((pointer + "/properties/" + name, property));
            }

            if (schema.Items is { } items)
            {
                pending.Push((pointer + "/items", items));
            }
        }

        Assert.True(enumerations > 0, "no enumeration was checked");
    }

    [Fact]
    public void The_example_validator_holds_an_enum_closed_unless_an_anyOf_opens_it()
    {
        var closed = new OpenApiSchema { Type = JsonSchemaType.String, Enum = new List<JsonNode> { JsonValue.Create("A") } };
        var open = new OpenApiSchema { AnyOf = new List<IOpenApiSchema> { closed, new OpenApiSchema { Type = JsonSchemaType.String } } };

        Assert.Single(ExampleValidator.Validate(JsonValue.Create("B"), closed, "#"));
        Assert.Empty(ExampleValidator.Validate(JsonValue.Create("A"), closed, "#"));
        Assert.Empty(ExampleValidator.Validate(JsonValue.Create("B"), open, "#"));
        Assert.Single(ExampleValidator.Validate(JsonValue.Create(5), open, "#"));
    }

    [Fact]
    public void The_example_validator_catches_a_wrong_type_and_an_unknown_field()
    {
        var document = SpecDocuments.Load(Kps);
        var schema = SpecDocuments.Schema(document, "RunningTasks");

        var problems = ExampleValidator.Validate(JsonNode.Parse("""{"total":"one","tasks":[{"task_idd":"x"}]}"""), schema, "#");

        Assert.Equal(2, problems.Count);
    }

    private static void AssertParameter(IOpenApiParameter parameter, ParameterLocation location, string type, bool required)
    {
        Assert.Equal(location, parameter.In);
        Assert.Equal(type, SpecDocuments.Describe(parameter.Schema!));
        Assert.Equal(required, parameter.Required);
        Assert.False(string.IsNullOrWhiteSpace(parameter.Description), parameter.Name + " has no description");
    }

    private static void AssertFields(OpenApiDocument document, string schemaName, params (string Name, string Type)[] fields)
    {
        var properties = SpecDocuments.Schema(document, schemaName).Properties!;
        Assert.Equal(fields.Select(f => f.Name).Order(StringComparer.Ordinal), properties.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, type) in fields)
        {
            Assert.True(type == SpecDocuments.Describe(properties[name]), $"{schemaName}.{name} is {SpecDocuments.Describe(properties[name])}, expected {type}");
            Assert.False(string.IsNullOrWhiteSpace(properties[name].Description), $"{schemaName}.{name} has no description");
        }
    }

    private static void AssertPaging(OpenApiOperation operation, string offset, string limit, string items, string total)
    {
        var paging = Assert.IsType<JsonNodeExtension>(operation.Extensions!["x-codegen-paging"]).Node;
        Assert.Equal((offset, limit, items, total), (paging["offset"]!.GetValue<string>(), paging["limit"]!.GetValue<string>(), paging["items"]!.GetValue<string>(), paging["total"]!.GetValue<string>()));
    }

    private static string? Extension(IOpenApiExtensible element, string name) =>
        element.Extensions is { } extensions && extensions.TryGetValue(name, out var extension) && extension is JsonNodeExtension node
            ? node.Node.ToString()
            : null;

    private static string? Extension(IOpenApiSchema schema, string name) => Extension((IOpenApiExtensible)schema, name);

    private static string? Extension(IOpenApiSecurityScheme scheme, string name) => Extension((IOpenApiExtensible)scheme, name);
}
