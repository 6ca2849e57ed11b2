extern alias residents;

using PropertyCloud.Robustness.Tests.Hosting;

namespace PropertyCloud.Robustness.Tests.Services;

/// <summary>The Residents service as a robustness target.</summary>
public sealed class ResidentsTarget() : ServiceTarget<residents::Program>("residents", "residentsdb")
{
}
