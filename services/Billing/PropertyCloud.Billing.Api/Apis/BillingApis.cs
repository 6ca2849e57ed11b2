namespace PropertyCloud.Billing.Api.Apis;

public static class BillingApis
{
    /// <summary>Maps every billing resource.</summary>
    public static IEndpointRouteBuilder MapBillingApis(this IEndpointRouteBuilder app)
    {
        app.MapUnitsApi();
        app.MapUnitChargesApi();
        app.MapRepairChargesApi();
        app.MapMyBillsApi();
        app.MapChargeItemsApi();
        app.MapMeterReadingsApi();
        app.MapMeterImportsApi();
        app.MapBillRunsApi();
        app.MapBillsApi();
        app.MapPaymentsApi();
        app.MapDepositsApi();
        app.MapLedgerApi();
        app.MapDunningApi();
        app.MapDunningLadderApi();
        app.MapPrintablesApi();
        app.MapStatisticsApi();
        app.MapClosedPeriodsApi();
        return app;
    }
}
