extern alias partners;

using PropertyCloud.Robustness.Tests.Hosting;

namespace PropertyCloud.Robustness.Tests.Services;

/// <summary>The Partners service as a robustness target.</summary>
public sealed class PartnersTarget() : ServiceTarget<partners::Program>("partners", "partnersdb")
{
}
