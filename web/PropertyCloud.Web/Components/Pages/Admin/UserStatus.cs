namespace PropertyCloud.Web.Components.Pages.Admin;

/// <summary>Identity's account states (AccountStatus), as the filter and the chip name them.</summary>
public static class UserStatus
{
    public const string Active = "Active";
    public const string LockedOut = "LockedOut";
    public const string Disabled = "Disabled";

    public static readonly IReadOnlyList<string> All = [Active, LockedOut, Disabled];
}
