using System.Text.Json;
using System.Text.RegularExpressions;

namespace PropertyCloud.Deployment.Tests;

/// <summary>The manifests follow the code: every database, bus and gateway destination it uses is wired up.</summary>
public sealed partial class SourceAgreementTests
{
    [Theory]
    [MemberData(nameof(Overlays.Deployable), MemberType = typeof(Overlays))]
    public void EveryDatabaseTheCodeOpens_HasAConnectionStringFromASecretAndAMigrationJob(string overlay)
    {
        var objects = Overlays.Render(overlay);
        var databases = SourceMatches(DatabaseRegistration()).ToList();
        Assert.NotEmpty(databases);

        Assert.All(databases, database =>
        {
            var key = $"ConnectionStrings__{database}";
            var deployment = objects.ServiceDeployments().FirstOrDefault(d => Overlays.EnvValue(d.Containers[0], key) is not null);
            Assert.True(deployment is not null, $"{overlay}: no Deployment has {key}");
            Assert.Contains("$(DB_PASSWORD)", Overlays.EnvValue(deployment.Containers[0], key), StringComparison.Ordinal);
            Assert.True(Overlays.Env(deployment.Containers[0])["DB_PASSWORD"].ContainsKey("valueFrom"));
            Assert.NotNull(objects.Find("Job", $"{deployment.Name}-migrate"));
        });
    }

    [Theory]
    [MemberData(nameof(Overlays.Deployable), MemberType = typeof(Overlays))]
    public void EveryServiceOnTheEventBus_HasTheBrokerConnection(string overlay)
    {
        var objects = Overlays.Render(overlay);
        var services = SourceMatches(EventBusRegistration()).ToList();
        Assert.NotEmpty(services);

        Assert.All(services, service =>
        {
            var deployment = objects.Find("Deployment", service);
            Assert.True(deployment is not null, $"{overlay}: {service} is on the event bus but has no Deployment");
            Assert.StartsWith("amqp://$(RABBITMQ_USERNAME):$(RABBITMQ_PASSWORD)@",
                Overlays.EnvValue(deployment.Containers[0], "ConnectionStrings__rabbitmq"), StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void EveryGatewayDestination_IsAServiceFoundByServiceDiscovery(string overlay)
    {
        var objects = Overlays.Render(overlay);
        var config = objects.Find("ConfigMap", "propertycloud-config")!.Map("data")!;
        using var settings = JsonDocument.Parse(File.ReadAllText(
            Path.Combine(Kustomize.RepositoryRoot, "gateway", "PropertyCloud.Gateway", "appsettings.json")));
        var hosts = settings.RootElement.GetProperty("ReverseProxy").GetProperty("Clusters").EnumerateObject()
            .SelectMany(cluster => cluster.Value.GetProperty("Destinations").EnumerateObject())
            .Select(destination => new Uri(destination.Value.GetProperty("Address").GetString()!).Host)
            .ToList();
        Assert.NotEmpty(hosts);

        Assert.All(hosts, host =>
        {
            Assert.True(config.ContainsKey($"services__{host}__http__0"), $"{overlay}: services__{host}__http__0 is not configured");
            Assert.NotNull(objects.Find("Service", host));
        });
    }

    [Fact]
    public void EveryProgramWithADatabase_HonoursTheMigrationJobsSwitch()
    {
        var programs = SourceFiles().Where(file => Path.GetFileName(file) == "Program.cs").ToList();

        Assert.All(programs.Where(file => DatabaseRegistration().IsMatch(string.Concat(
                Directory.EnumerateFiles(Path.GetDirectoryName(file)!, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText)))),
            program => Assert.True(File.ReadAllText(program).Contains("RunOrMigrateAsync(args)", StringComparison.Ordinal),
                $"{program} opens a database but ignores --migrate-only: its migration Job would serve instead of exiting"));
    }

    /// <summary>Every deployable's source: the services and the web console.</summary>
    private static IEnumerable<string> SourceFiles() =>
        new[] { "services", "web" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Kustomize.RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static IEnumerable<string> SourceMatches(Regex pattern) =>
        SourceFiles()
            .SelectMany(file => pattern.Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value))
            .Distinct();

    [GeneratedRegex("""(AddServiceDatabase|AddNpgsqlDbContext)<\w+>\(\s*"(?<name>\w+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex DatabaseRegistration();

    [GeneratedRegex("""AddEventBus<\w+>\(\s*"(?<name>\w+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex EventBusRegistration();
}
