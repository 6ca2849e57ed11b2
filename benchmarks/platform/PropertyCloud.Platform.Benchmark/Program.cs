using System.Globalization;
using PropertyCloud.Platform.Benchmark;

// Load tools run by benchmarks/platform/run.sh against services it started itself. Each prints one "result:" line.
return args.FirstOrDefault() switch
{
    "publish" => await RawPublish.RunAsync(Setting("BENCH_AMQP"), Int(args, 1, 20_000)),
    "events" => await EventLatency.RunAsync(EventLatency.Settings.FromEnvironment(), Int(args, 1, 100), Int(args, 2, 60)),
    "relay" => await RelayThroughput.RunAsync(Setting("RESIDENTS_DB"), Int(args, 1, 20_000)),
    _ => Usage(),
};

static int Int(string[] args, int index, int fallback) =>
    args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

static string Setting(string name) =>
    Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is not set");

static int Usage()
{
    Console.Error.WriteLine("usage: publish <messages> | events <per-second> <seconds> | relay <events>");
    return 2;
}
