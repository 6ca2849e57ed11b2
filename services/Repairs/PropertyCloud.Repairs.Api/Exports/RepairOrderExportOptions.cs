namespace PropertyCloud.Repairs.Api.Exports;

/// <summary>Settings of the repair-order queue's XLSX export (configuration section "Repairs:OrderExport").</summary>
public sealed class RepairOrderExportOptions
{
    /// <summary>More than a large estate's year of orders; a larger queue is refused (narrow the filter), never silently cut.</summary>
    public int MaxRows { get; set; } = 50_000;
}
