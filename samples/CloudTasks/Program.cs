using System;
using System.Threading.Tasks;
using CloudTasks;
using CloudTasks.FakeCloud;

// With no arguments: starts a local stand-in for the three clouds and calls it through the generated
// clients. With --live or --endpoint: calls the given clouds with the vendors' environment credentials.
var (options, error) = SampleOptions.Parse(args);
if (options is null || options.ShowHelp)
{
    Console.Error.WriteLine(error is null ? SampleOptions.Usage : error + Environment.NewLine + Environment.NewLine + SampleOptions.Usage);
    return options is null ? 2 : 0;
}

if (options.UsesFakeCloud)
{
    var demo = DemoCredentials.Create();
    await using var cloud = await FakeCloudServer.StartAsync(demo);
    Console.WriteLine($"Fake cloud listening on {cloud.Address}");
    return await CloudDemo.RunAsync(options, CloudCredentials.ForFakeCloud(demo), cloud.Address);
}

var (credentials, missing) = CloudCredentials.FromEnvironment();
if (credentials is null)
{
    Console.Error.WriteLine("Cannot call the clouds: set the environment variables " + string.Join(", ", missing) + ".");
    return 3;
}

return await CloudDemo.RunAsync(options, credentials, options.Endpoint);
