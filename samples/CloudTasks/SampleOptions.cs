using System;
using System.Collections.Generic;

namespace CloudTasks;

/// <summary>The command line: no arguments runs against the built-in fake cloud.</summary>
internal sealed record SampleOptions(bool Live, Uri? Endpoint, string? HuaweiRegion, string? AlibabaRegion, string WorkspaceTaskId, string AckTaskId, bool ShowHelp)
{
    public const string Usage = """
        Usage: dotnet run --project samples/CloudTasks [-- options]

          (no options)              start a local fake cloud and call it with throw-away credentials
          --live                    call the real Huawei Cloud and Alibaba Cloud endpoints
          --endpoint <url>          call this endpoint for all three APIs (a proxy or another fake cloud)
          --huawei-region <id>      Huawei Cloud region for --live (default: cn-north-4)
          --alibaba-region <id>     Alibaba Cloud region for --live (default: cn-hangzhou)
          --workspace-task <id>     the Workspace scheduled task whose records are listed (required with --live)
          --ack-task <id>           the ACK task to describe (required with --live)

        --live and --endpoint read credentials from HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK,
        HUAWEICLOUD_SDK_PROJECT_ID, ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.
        """;

    public bool UsesFakeCloud => !Live && Endpoint is null;

    /// <summary>Parses the arguments, or returns the reason they cannot be used.</summary>
    public static (SampleOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new SampleOptions(false, null, null, null, FakeCloud.SampleData.ScheduledTaskId, FakeCloud.SampleData.AckTaskId, false);
        var (workspaceTaskGiven, ackTaskGiven) = (false, false);
        for (var i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "--help" or "-h":
                    options = options with { ShowHelp = true };
                    break;
                case "--live":
                    options = options with { Live = true };
                    break;
                case "--endpoint":
                    if (!Uri.TryCreate(Value(), UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
                    {
                        return (null, "--endpoint needs an absolute http or https URL.");
                    }

                    options = options with { Endpoint = endpoint };
                    break;
                case "--huawei-region":
                    options = options with { HuaweiRegion = Value() ?? string.Empty };
                    break;
                case "--alibaba-region":
                    options = options with { AlibabaRegion = Value() ?? string.Empty };
                    break;
                case "--workspace-task":
                    workspaceTaskGiven = true;
                    options = options with { WorkspaceTaskId = Value() ?? string.Empty };
                    break;
                case "--ack-task":
                    ackTaskGiven = true;
                    options = options with { AckTaskId = Value() ?? string.Empty };
                    break;
                default:
                    return (null, $"Unknown option '{args[i]}'.");
            }
        }

        if (options.Live && options.Endpoint is not null)
        {
            return (null, "Use either --live or --endpoint, not both.");
        }

        if (options.Live && !(workspaceTaskGiven && ackTaskGiven))
        {
            return (null, "--live needs --workspace-task and --ack-task: the IDs of a Workspace scheduled task and an ACK task of your own.");
        }

        if (options.HuaweiRegion == string.Empty || options.AlibabaRegion == string.Empty || options.WorkspaceTaskId.Length == 0 || options.AckTaskId.Length == 0)
        {
            return (null, "An option is missing its value.");
        }

        return (options, null);
    }
}
