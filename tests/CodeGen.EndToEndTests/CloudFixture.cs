using System;
using System.Threading.Tasks;
using AlibabaCloud.Cs;
using CloudTasks.FakeCloud;
using CodeGen.Runtime.AlibabaCloud;
using CodeGen.Runtime.DependencyInjection;
using CodeGen.Runtime.HuaweiCloud;
using HuaweiCloud.Kps;
using HuaweiCloud.Workspace;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace CodeGen.EndToEndTests;

/// <summary>How a Huawei Cloud client authenticates.</summary>
public enum HuaweiAuth
{
    /// <summary>An IAM token in X-Auth-Token.</summary>
    Token,

    /// <summary>An SDK-HMAC-SHA256 signature.</summary>
    AkSk,
}

/// <summary>A fresh fake cloud and the three clients registered against it, as the README shows.</summary>
internal sealed class CloudFixture : IAsyncDisposable
{
    private CloudFixture(FakeCloudServer cloud, DemoCredentials credentials, ServiceProvider services)
    {
        Cloud = cloud;
        Credentials = credentials;
        Services = services;
    }

    public FakeCloudServer Cloud { get; }

    public DemoCredentials Credentials { get; }

    public ServiceProvider Services { get; }

    public IKpsClient Kps => Services.GetRequiredService<IKpsClient>();

    public IWorkspaceClient Workspace => Services.GetRequiredService<IWorkspaceClient>();

    public ICsClient Ack => Services.GetRequiredService<ICsClient>();

    /// <param name="huawei">How the KPS and Workspace clients authenticate.</param>
    /// <param name="wrongSecrets">Sign with secrets the server does not know.</param>
    /// <param name="retries">Add the standard resilience handler (retrying idempotent requests only) before signing.</param>
    public static async Task<CloudFixture> StartAsync(HuaweiAuth huawei = HuaweiAuth.AkSk, bool wrongSecrets = false, bool retries = false)
    {
        var credentials = DemoCredentials.Create();
        var cloud = await FakeCloudServer.StartAsync(credentials);
        var secret = (string value) => wrongSecrets ? value + "x" : value;
        var huaweiCredentials = new HuaweiCloudCredentials(credentials.HuaweiAccessKey, secret(credentials.HuaweiSecretKey), SampleData.ProjectId);

        var services = new ServiceCollection();
        // Retries come before signing, as the README recommends, so every attempt is signed afresh.
        IHttpClientBuilder Retrying(IHttpClientBuilder builder)
        {
            if (retries)
            {
                builder.AddStandardResilienceHandler(options =>
                {
                    options.Retry.DisableForUnsafeHttpMethods();
                    options.Retry.Delay = TimeSpan.FromMilliseconds(1);
                });
            }

            return builder;
        }

        void Huawei(IHttpClientBuilder builder)
        {
            Retrying(builder);
            if (huawei == HuaweiAuth.Token)
            {
                builder.AddHuaweiCloudToken(secret(credentials.HuaweiToken));
            }
            else
            {
                builder.AddHuaweiCloudAkSkSigning(huaweiCredentials);
            }
        }

        Huawei(services.AddKpsClient(options => options.Endpoint = cloud.Address));
        Huawei(services.AddWorkspaceClient(options => options.Endpoint = cloud.Address));
        Retrying(services.AddCsClient(options => options.Endpoint = cloud.Address)).AddAlibabaCloudSigning(new AlibabaCloudCredentials(credentials.AlibabaAccessKeyId, secret(credentials.AlibabaSecret)));
        return new CloudFixture(cloud, credentials, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Cloud.DisposeAsync();
    }
}
