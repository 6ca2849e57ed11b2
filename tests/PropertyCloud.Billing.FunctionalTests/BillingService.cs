using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

/// <summary>The Billing service on its own database and virtual host.</summary>
public sealed class BillingService() : ServiceUnderTest<Program>("billing", "billingdb");
