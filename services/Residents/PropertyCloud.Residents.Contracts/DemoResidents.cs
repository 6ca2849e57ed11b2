namespace PropertyCloud.Residents.Contracts;

/// <summary>
/// Fixed user ids (token subjects) of the demo owner and tenant, so that Identity's demo users and the demo register
/// (which links an owner and a lease of 翠湖花园 to them) agree. Demo mode only.
/// </summary>
public static class DemoResidents
{
    /// <summary>The demo user "owner" (业主): owns the first unit of 翠湖花园 1栋.</summary>
    public const string OwnerUserId = "0b1e0000-0000-4000-9000-00000000000a";

    /// <summary>The demo user "tenant" (租户): rents the second unit of 翠湖花园 1栋 from the demo owner.</summary>
    public const string TenantUserId = "0b1e0000-0000-4000-9000-00000000000b";
}
