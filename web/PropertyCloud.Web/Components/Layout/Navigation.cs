using System.Security.Claims;
using MudBlazor;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.Components.Layout;

/// <summary>What the menu offers each role; the pages' own [Authorize] attributes name the same roles.</summary>
public static class Navigation
{
    public const string ResidentSearchRoles = Roles.GroupAdmin + "," + Roles.EstateManager + "," + Roles.FrontDesk + "," + Roles.Archivist;
    public const string RepairDeskRoles = Roles.EstateManager + "," + Roles.FrontDesk;
    public const string MaintenanceRoles = Roles.Maintenance;
    public const string BillRunRoles = Roles.Finance + "," + Roles.EstateManager;
    public const string QualityRoles = Roles.Quality + "," + Roles.GroupAdmin;
    public const string ResidentRoles = Roles.Owner + "," + Roles.Tenant;
    public const string AdminRoles = Roles.GroupAdmin;
    public const string ManagerRoles = Roles.EstateManager;
    public const string ArchiveRoles = Roles.Archivist;
    public const string RegisterEditRoles = Roles.GroupAdmin + "," + Roles.EstateManager + "," + Roles.FrontDesk;

    public static readonly IReadOnlyList<NavItem> Items =
    [
        new("residents", "Nav.Residents", Icons.Material.Filled.PersonSearch, Split(ResidentSearchRoles)),
        new("repairs/new", "Nav.NewRepair", Icons.Material.Filled.Build, Split(RepairDeskRoles)),
        new("repairs/queue", "Nav.RepairQueue", Icons.Material.Filled.ListAlt, Split(RepairDeskRoles)),
        new("repairs/at-risk", "Nav.SlaAtRisk", Icons.Material.Filled.Alarm, Split(ManagerRoles)),
        new("archives/loans", "Nav.Loans", Icons.Material.Filled.FolderShared, Split(ArchiveRoles)),
        new("repairs/mine", "Nav.MyOrders", Icons.Material.Filled.Handyman, Split(MaintenanceRoles)),
        new("billing/bill-runs", "Nav.BillRuns", Icons.Material.Filled.ReceiptLong, Split(BillRunRoles)),
        new("billing/bills", "Nav.Bills", Icons.Material.Filled.Receipt, Split(BillRunRoles)),
        new("billing/collections", "Nav.Collections", Icons.Material.Filled.BarChart, Split(BillRunRoles)),
        new("quality/league", "Nav.League", Icons.Material.Filled.Leaderboard, Split(QualityRoles)),
        new("me", "Nav.MyUnit", Icons.Material.Filled.Home, Split(ResidentRoles)),
        new("me/bills", "Nav.MyBills", Icons.Material.Filled.Payments, Split(ResidentRoles)),
        new("me/repairs", "Nav.MyRepairs", Icons.Material.Filled.HomeRepairService, Split(ResidentRoles)),
        new("admin/estates", "Nav.Estates", Icons.Material.Filled.Apartment, Split(AdminRoles)),
    ];

    public static IEnumerable<NavItem> For(ClaimsPrincipal user) =>
        Items.Where(item => item.Roles.Any(role => user.HasClaim(PropertyCloudClaims.Role, role)));

    private static string[] Split(string roles) => roles.Split(',');
}
