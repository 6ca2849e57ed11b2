using System.Text.RegularExpressions;

namespace PropertyCloud.Deployment.Tests;

/// <summary>
/// The app host gives each project the port of its launch profile; two projects on one port make service discovery
/// send one service's traffic to the other (it happened: Quality and Surveys both on 5208).
/// </summary>
public sealed partial class LocalPortsTests
{
    [Fact]
    public void EveryProjectsLaunchProfile_ListensOnAPortOfItsOwn()
    {
        var ports = new[] { "services", "gateway", "web" }
            .Select(folder => Path.Combine(Kustomize.RepositoryRoot, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "launchSettings.json", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => Url().Matches(File.ReadAllText(path)).Select(m => (Port: m.Groups[1].Value, Project: path)))
            .ToList();

        Assert.NotEmpty(ports);
        var shared = ports.GroupBy(p => p.Port).Where(g => g.Select(p => p.Project).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.Project))}");
        Assert.Empty(shared);
    }

    [GeneratedRegex(@"""applicationUrl""\s*:\s*""http://localhost:(\d+)""")]
    private static partial Regex Url();
}
