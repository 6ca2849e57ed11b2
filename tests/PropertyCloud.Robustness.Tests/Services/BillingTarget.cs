extern alias billing;

using PropertyCloud.Robustness.Tests.Hosting;

namespace PropertyCloud.Robustness.Tests.Services;

/// <summary>The Billing service as a robustness target.</summary>
public sealed class BillingTarget() : ServiceTarget<billing::Program>("billing", "billingdb")
{
}
