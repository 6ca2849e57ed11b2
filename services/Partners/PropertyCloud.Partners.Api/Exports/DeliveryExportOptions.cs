namespace PropertyCloud.Partners.Api.Exports;

/// <summary>Settings of a partner's delivery-log XLSX export (configuration section "Partners:DeliveryExport").</summary>
public sealed class DeliveryExportOptions
{
    /// <summary>A busy partner's weeks of messages; a larger log is refused (narrow the dates or the status), never silently cut.</summary>
    public int MaxRows { get; set; } = 50_000;
}
