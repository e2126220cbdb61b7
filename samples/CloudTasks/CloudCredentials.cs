using System;
using System.Collections.Generic;
using System.Linq;
using CloudTasks.FakeCloud;
using CodeGen.Runtime.AlibabaCloud;
using CodeGen.Runtime.HuaweiCloud;

namespace CloudTasks;

/// <summary>The credentials of one run: the fake cloud's throw-away ones, or the vendors' environment variables.</summary>
internal sealed record CloudCredentials(HuaweiCloudCredentials Huawei, string? HuaweiToken, AlibabaCloudCredentials Alibaba)
{
    private static readonly string[] Required =
    {
        HuaweiCloudCredentials.AccessKeyVariable,
        HuaweiCloudCredentials.SecretKeyVariable,
        HuaweiCloudCredentials.ProjectIdVariable,
        AlibabaCloudCredentials.AccessKeyIdVariable,
        AlibabaCloudCredentials.AccessKeySecretVariable,
    };

    public string ProjectId => Huawei.ProjectId!;

    public static CloudCredentials ForFakeCloud(DemoCredentials demo) => new(
        new HuaweiCloudCredentials(demo.HuaweiAccessKey, demo.HuaweiSecretKey, SampleData.ProjectId),
        demo.HuaweiToken,
        new AlibabaCloudCredentials(demo.AlibabaAccessKeyId, demo.AlibabaSecret));

    /// <summary>Reads the environment, or names every variable that is missing.</summary>
    public static (CloudCredentials? Credentials, IReadOnlyList<string> Missing) FromEnvironment()
    {
        var missing = Required.Where(name => string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(name))).ToList();
        return missing.Count > 0
            ? (null, missing)
            : (new CloudCredentials(HuaweiCloudCredentials.FromEnvironment(), null, AlibabaCloudCredentials.FromEnvironment()), missing);
    }
}
