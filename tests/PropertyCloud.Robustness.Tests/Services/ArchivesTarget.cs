extern alias archives;

using PropertyCloud.Robustness.Tests.Hosting;

namespace PropertyCloud.Robustness.Tests.Services;

/// <summary>The Archives service as a robustness target, filing documents in a folder of its own.</summary>
public sealed class ArchivesTarget() : ServiceTarget<archives::Program>("archives", "archivesdb")
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Archives:DocumentRoot"] = Path.Combine(Path.GetTempPath(), $"pc-robustness-{Guid.NewGuid():N}"),
    };
}
