using System;
using System.Security.Cryptography;

namespace CloudTasks.FakeCloud;

/// <summary>Throw-away credentials shared by the fake cloud and the clients of one run.</summary>
public sealed record DemoCredentials(string HuaweiAccessKey, string HuaweiSecretKey, string HuaweiToken, string AlibabaAccessKeyId, string AlibabaSecret)
{
    public static DemoCredentials Create() => new(
        "DEMOAK" + Random(7).ToUpperInvariant(), Random(20), "demo-token-" + Random(16), "LTAIdemo" + Random(8), Random(20));

    private static string Random(int bytes) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes)).ToLowerInvariant();

    public override string ToString() => "DemoCredentials { }";
}
