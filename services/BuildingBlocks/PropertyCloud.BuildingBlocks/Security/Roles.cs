namespace PropertyCloud.BuildingBlocks.Security;

/// <summary>The roles a PropertyCloud token may carry (claim type <see cref="PropertyCloudClaims.Role"/>).</summary>
public static class Roles
{
    public const string GroupAdmin = "group_admin";
    public const string EstateManager = "estate_manager";
    public const string FrontDesk = "front_desk";
    public const string Archivist = "archivist";
    public const string Maintenance = "maintenance";
    public const string Finance = "finance";
    public const string Quality = "quality";
    public const string Surveyor = "surveyor";
    public const string Owner = "owner";
    public const string Tenant = "tenant";
    public const string Partner = "partner";

    /// <summary>Every role, in the order demo users are listed.</summary>
    public static readonly IReadOnlyList<string> All =
        [GroupAdmin, EstateManager, FrontDesk, Archivist, Maintenance, Finance, Quality, Surveyor, Owner, Tenant, Partner];

    /// <summary>Roles that see every estate of the group without estate claims.</summary>
    public static readonly IReadOnlyList<string> GroupWide = [GroupAdmin, Quality];

    /// <summary>Staff roles of an estate service centre (not residents, not partners).</summary>
    public static readonly IReadOnlyList<string> EstateStaff =
        [EstateManager, FrontDesk, Archivist, Maintenance, Finance, Surveyor];
}
