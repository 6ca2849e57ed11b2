namespace PropertyCloud.Billing.FunctionalTests;

/// <summary>One Billing service for all API test classes; each test works in estates of its own.</summary>
[CollectionDefinition(Name)]
public sealed class BillingCollection : ICollectionFixture<BillingService>
{
    public const string Name = "billing";
}
