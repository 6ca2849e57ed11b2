namespace PropertyCloud.Repairs.Api.Exports;

/// <summary>Settings of the complaint list's XLSX export (configuration section "Repairs:ComplaintExport").</summary>
public sealed class ComplaintExportOptions
{
    /// <summary>Far more than an estate's years of complaints; a larger list is refused (narrow the filter), never silently cut.</summary>
    public int MaxRows { get; set; } = 50_000;
}
