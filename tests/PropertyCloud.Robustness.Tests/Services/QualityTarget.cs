extern alias quality;

using PropertyCloud.Robustness.Tests.Hosting;

namespace PropertyCloud.Robustness.Tests.Services;

/// <summary>The Quality service as a robustness target.</summary>
public sealed class QualityTarget() : ServiceTarget<quality::Program>("quality", "qualitydb")
{
}
