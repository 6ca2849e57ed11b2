extern alias archives;

using PropertyCloud.Robustness.Tests.Hosting;

namespace PropertyCloud.Robustness.Tests.Services;

/// <summary>The Archives service as a robustness target, filing documents in a folder of its own.</summary>
public sealed class ArchivesTarget() : ServiceTarget<archives::Program>("archives", "archivesdb")
{
    private readonly string _documentRoot = Path.Combine(Path.GetTempPath(), $"pc-robustness-{Guid.NewGuid():N}");

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Archives:DocumentRoot"] = _documentRoot,
    };

    protected override async Task StopAsync()
    {
        await base.StopAsync();
        if (Directory.Exists(_documentRoot))
        {
            Directory.Delete(_documentRoot, recursive: true);
        }
    }
}
