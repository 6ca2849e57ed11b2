using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Identity.Api.Demo;

/// <summary>One user per role except partner (partners are clients). Demo mode only.</summary>
public static class DemoUsers
{
    public const string Password = "Demo@12345";

    private static readonly Guid[] EmeraldLakeOnly = [DemoEstates.EmeraldLake];

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new(Roles.GroupAdmin, "集团管理员", []),
        new(Roles.EstateManager, "项目经理", [DemoEstates.EmeraldLake, DemoEstates.GoldenOsmanthus]),
        new(Roles.FrontDesk, "前台客服", EmeraldLakeOnly),
        new(Roles.Archivist, "档案管理员", EmeraldLakeOnly),
        new(Roles.Maintenance, "维修工", EmeraldLakeOnly),
        new(Roles.Finance, "财务", EmeraldLakeOnly),
        new(Roles.Quality, "品质督导", []),
        new(Roles.Surveyor, "调查员", EmeraldLakeOnly),
        new(Roles.Owner, "业主", EmeraldLakeOnly),
        new(Roles.Tenant, "租户", EmeraldLakeOnly),
    ];
}
