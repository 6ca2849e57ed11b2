extern alias quality;

using PropertyCloud.Robustness.Tests.Hosting;

namespace PropertyCloud.Robustness.Tests.Services;

/// <summary>The Quality service as a robustness target, its monthly report job off so only the probes write.</summary>
public sealed class QualityTarget() : ServiceTarget<quality::Program>("quality", "qualitydb")
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Quality:Reports:Enabled"] = "false",
    };
}
