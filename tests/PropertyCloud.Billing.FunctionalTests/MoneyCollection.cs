namespace PropertyCloud.Billing.FunctionalTests;

/// <summary>
/// A second Billing service, for the classes about money coming in and going out (payments, refunds, ledger, late fees,
/// dunning, printables, statistics): its own database and virtual host, so it runs beside <see cref="BillingCollection"/>
/// and the project stays within its time budget.
/// </summary>
[CollectionDefinition(Name)]
public sealed class MoneyCollection : ICollectionFixture<BillingService>
{
    public const string Name = "billing-money";
}
