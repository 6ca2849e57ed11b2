extern alias repairs;

using PropertyCloud.Robustness.Tests.Hosting;

namespace PropertyCloud.Robustness.Tests.Services;

/// <summary>The Repairs service as a robustness target.</summary>
public sealed class RepairsTarget() : ServiceTarget<repairs::Program>("repairs", "repairsdb")
{
}
