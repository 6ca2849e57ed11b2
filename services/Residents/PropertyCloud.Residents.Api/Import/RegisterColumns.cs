namespace PropertyCloud.Residents.Api.Import;

/// <summary>
/// The columns of a register file, one row per unit and owner (joint owners: one row each; a unit without an owner:
/// owner columns empty). Import accepts the Chinese or the English headers in any order; export writes them in this order.
/// </summary>
public static class RegisterColumns
{
    public static readonly RegisterColumn Building = new("building", "楼栋", "Building", Required: true);
    public static readonly RegisterColumn Entrance = new("entrance", "单元", "Entrance", Required: true);
    public static readonly RegisterColumn Floor = new("floor", "楼层", "Floor", Required: true);
    public static readonly RegisterColumn Number = new("number", "房号", "Unit", Required: true);
    public static readonly RegisterColumn Layout = new("layout", "房型", "Layout");
    public static readonly RegisterColumn BuildingArea = new("buildingArea", "建筑面积", "Building area", Required: true);
    public static readonly RegisterColumn UsableArea = new("usableArea", "套内面积", "Usable area", Required: true);
    public static readonly RegisterColumn Usage = new("usage", "用途", "Usage");
    public static readonly RegisterColumn OwnerKind = new("ownerKind", "业主类型", "Owner kind");
    public static readonly RegisterColumn OwnerName = new("ownerName", "业主姓名", "Owner name");
    public static readonly RegisterColumn Gender = new("gender", "性别", "Gender");
    public static readonly RegisterColumn IdType = new("idType", "证件类型", "ID type");
    public static readonly RegisterColumn IdNumber = new("idNumber", "证件号码", "ID number");
    public static readonly RegisterColumn Phone = new("phone", "联系电话", "Phone");
    public static readonly RegisterColumn NativePlace = new("nativePlace", "籍贯", "Native place");
    public static readonly RegisterColumn Address = new("address", "通讯地址", "Address");
    public static readonly RegisterColumn MovedInOn = new("movedInOn", "入住日期", "Moved in on");
    public static readonly RegisterColumn OwnedSince = new("ownedSince", "产权起始日期", "Owned since");
    public static readonly RegisterColumn TenantName = new("tenantName", "租户姓名", "Tenant name");
    public static readonly RegisterColumn TenantPhone = new("tenantPhone", "租户电话", "Tenant phone");
    public static readonly RegisterColumn LeaseStartsOn = new("leaseStartsOn", "租期开始", "Lease starts on");
    public static readonly RegisterColumn LeaseEndsOn = new("leaseEndsOn", "租期结束", "Lease ends on");

    public static readonly IReadOnlyList<RegisterColumn> All =
    [
        Building, Entrance, Floor, Number, Layout, BuildingArea, UsableArea, Usage,
        OwnerKind, OwnerName, Gender, IdType, IdNumber, Phone, NativePlace, Address, MovedInOn, OwnedSince,
        TenantName, TenantPhone, LeaseStartsOn, LeaseEndsOn,
    ];

    private static readonly Dictionary<string, RegisterColumn> ByHeader = All
        .SelectMany(c => new (string Header, RegisterColumn Column)[] { (c.Chinese, c), (c.English, c), (c.Key, c) })
        .DistinctBy(h => h.Header, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(h => h.Header, h => h.Column, StringComparer.OrdinalIgnoreCase);

    public static RegisterColumn? FromHeader(string header) => ByHeader.GetValueOrDefault(header.Trim());
}
