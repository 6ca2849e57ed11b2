namespace PropertyCloud.Repairs.Api.Extensions;

/// <summary>Authorisation policies of repairs and complaints; estate scope and assignee are checked per request on top.</summary>
internal static class RepairsPolicies
{
    public const string ReadOrders = "repairs.orders.read";
    public const string OpenOrders = "repairs.orders.open";
    public const string DispatchOrders = "repairs.orders.dispatch";
    public const string WorkOnOrders = "repairs.orders.work";
    public const string PauseSla = "repairs.orders.pause";
    public const string ReadDashboards = "repairs.dashboards.read";
    public const string ReadSla = "repairs.sla.read";
    public const string ManageSla = "repairs.sla.manage";
    public const string ReadComplaints = "repairs.complaints.read";
    public const string HandleComplaints = "repairs.complaints.handle";
    public const string LodgeComplaints = "repairs.complaints.lodge";
    public const string ReadStock = "repairs.stock.read";
    public const string ManageStock = "repairs.stock.manage";
}
