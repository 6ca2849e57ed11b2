namespace PropertyCloud.Identity.Api.Users;

/// <summary>Settings of the user list's XLSX export (configuration section "Identity:UserExport").</summary>
public sealed class UserExportOptions
{
    /// <summary>Far more accounts than the group's staff; a larger list is refused (narrow the filter), never silently cut.</summary>
    public int MaxRows { get; set; } = 10_000;
}
