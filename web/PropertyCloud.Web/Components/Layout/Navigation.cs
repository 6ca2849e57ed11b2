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
    public const string StockRoles = Roles.Maintenance + "," + Roles.EstateManager;
    public const string BillRunRoles = Roles.Finance + "," + Roles.EstateManager;
    public const string QualityRoles = Roles.Quality + "," + Roles.GroupAdmin;
    public const string SatisfactionRoles = Roles.Quality + "," + Roles.GroupAdmin + "," + Roles.EstateManager;
    public const string ResidentRoles = Roles.Owner + "," + Roles.Tenant;
    public const string OwnerRoles = Roles.Owner;
    public const string AdminRoles = Roles.GroupAdmin;
    public const string ManagerRoles = Roles.EstateManager;
    public const string ArchiveRoles = Roles.Archivist;
    public const string DestructionRoles = Roles.Archivist + "," + Roles.EstateManager;
    public const string RegisterEditRoles = Roles.GroupAdmin + "," + Roles.EstateManager + "," + Roles.FrontDesk;
    public const string RegisterImportRoles = Roles.GroupAdmin + "," + Roles.EstateManager;

    public static readonly IReadOnlyList<NavItem> Items =
    [
        new("residents", "Nav.Residents", Icons.Material.Filled.PersonSearch, Split(ResidentSearchRoles)),
        new("repairs/new", "Nav.NewRepair", Icons.Material.Filled.Build, Split(RepairDeskRoles)),
        new("repairs/queue", "Nav.RepairQueue", Icons.Material.Filled.ListAlt, Split(RepairDeskRoles)),
        new("repairs/complaints", "Nav.Complaints", Icons.Material.Filled.Feedback, Split(RepairDeskRoles)),
        new("repairs/at-risk", "Nav.SlaAtRisk", Icons.Material.Filled.Alarm, Split(ManagerRoles)),
        new("manager/approvals", "Nav.Approvals", Icons.Material.Filled.Approval, Split(ManagerRoles)),
        new("archives/files", "Nav.CustomerFiles", Icons.Material.Filled.Folder, Split(ArchiveRoles)),
        new("archives/loans", "Nav.Loans", Icons.Material.Filled.FolderShared, Split(ArchiveRoles)),
        new("archives/reconciliations", "Nav.Reconciliations", Icons.Material.Filled.FactCheck, Split(ArchiveRoles)),
        new("archives/destruction", "Nav.Destruction", Icons.Material.Filled.DeleteSweep, Split(DestructionRoles)),
        new("archives/destruction/batches", "Destruction.Register", Icons.Material.Filled.HistoryEdu, Split(DestructionRoles)),
        new("repairs/mine", "Nav.MyOrders", Icons.Material.Filled.Handyman, Split(MaintenanceRoles)),
        new("repairs/stock", "Nav.Stock", Icons.Material.Filled.Inventory, Split(StockRoles)),
        new("billing/bill-runs", "Nav.BillRuns", Icons.Material.Filled.ReceiptLong, Split(BillRunRoles)),
        new("billing/bills", "Nav.Bills", Icons.Material.Filled.Receipt, Split(BillRunRoles)),
        new("billing/collections", "Nav.Collections", Icons.Material.Filled.BarChart, Split(BillRunRoles)),
        new("billing/charge-items", "Nav.ChargeItems", Icons.Material.Filled.PriceChange, Split(BillRunRoles)),
        new("billing/meter-readings", "Nav.MeterReadings", Icons.Material.Filled.Speed, Split(BillRunRoles)),
        new("billing/payments", "Nav.Payments", Icons.Material.Filled.PointOfSale, Split(BillRunRoles)),
        new("billing/dunning", "Nav.Dunning", Icons.Material.Filled.NotificationImportant, Split(BillRunRoles)),
        new("quality/league", "Nav.League", Icons.Material.Filled.Leaderboard, Split(QualityRoles)),
        new("quality/satisfaction", "Nav.Satisfaction", Icons.Material.Filled.SentimentSatisfied, Split(SatisfactionRoles)),
        new("quality/inspections", "Nav.Inspections", Icons.Material.Filled.Checklist, Split(QualityRoles)),
        new("quality/reports", "Nav.QualityReports", Icons.Material.Filled.Summarize, Split(QualityRoles)),
        new("me", "Nav.MyUnit", Icons.Material.Filled.Home, Split(ResidentRoles)),
        new("me/bills", "Nav.MyBills", Icons.Material.Filled.Payments, Split(ResidentRoles)),
        new("me/repairs", "Nav.MyRepairs", Icons.Material.Filled.HomeRepairService, Split(ResidentRoles)),
        new("me/complaints", "Nav.MyComplaints", Icons.Material.Filled.Feedback, Split(ResidentRoles)),
        new("me/surveys", "Nav.MySurveys", Icons.Material.Filled.Poll, Split(ResidentRoles)),
        new("me/data", "Nav.MyData", Icons.Material.Filled.ManageAccounts, Split(OwnerRoles)),
        new("admin/estates", "Nav.Estates", Icons.Material.Filled.Apartment, Split(AdminRoles)),
        new("admin/users", "Nav.Users", Icons.Material.Filled.ManageAccounts, Split(AdminRoles)),
        new("admin/partners", "Nav.Partners", Icons.Material.Filled.Hub, Split(AdminRoles)),
        new("residents/imports", "Nav.RegisterImports", Icons.Material.Filled.UploadFile, Split(RegisterImportRoles)),
    ];

    public static IEnumerable<NavItem> For(ClaimsPrincipal user) =>
        Items.Where(item => item.Roles.Any(role => user.HasClaim(PropertyCloudClaims.Role, role)));

    private static string[] Split(string roles) => roles.Split(',');
}
