using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

/// <summary>The Billing service in demo mode.</summary>
public sealed class DemoBillingService() : ServiceUnderTest<Program>("billing", "billingdb")
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["DemoData:Enabled"] = "true" };
}
