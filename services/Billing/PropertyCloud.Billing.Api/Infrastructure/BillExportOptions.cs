namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>Settings of the bill list's XLSX export (configuration section "Billing:BillExport").</summary>
public sealed class BillExportOptions
{
    /// <summary>Enough for an estate's year of bills; a larger list is refused (narrow the filter), never silently cut.</summary>
    public int MaxRows { get; set; } = 50_000;
}
