namespace PropertyCloud.Identity.Contracts;

/// <summary>
/// Fixed user ids (token subjects) of demo staff whom other services' demo data assigns work to, so that the
/// demo login sees it. Demo mode only.
/// </summary>
public static class DemoStaffIds
{
    /// <summary>The demo user "maintenance" (维修工): some demo repair orders of 翠湖花园 are dispatched to them.</summary>
    public const string Maintenance = "0b1e0000-0000-4000-9000-00000000000c";
}
