using System.Globalization;

namespace PropertyCloud.Quality.Api.Apis;

/// <summary>Where the records behind a figure live: Quality's own drill-down lists, and the owning services' resources.</summary>
public static class DrillDownLinks
{
    public static IReadOnlyDictionary<string, string> ForEstate(Guid estateId, DateOnly from, DateOnly to)
    {
        var range = $"from={Day(from)}&to={Day(to)}";
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["figures"] = $"/api/quality/estates/{estateId}/figures?{range}",
            ["breachedOrders"] = $"/api/quality/estates/{estateId}/orders?sla=breached&{range}",
            ["escalatedComplaints"] = $"/api/quality/estates/{estateId}/complaints?escalated=true&{range}",
            ["dissatisfiedComplaints"] = $"/api/quality/estates/{estateId}/complaints?dissatisfied=true&{range}",
            ["inspections"] = $"/api/quality/estates/{estateId}/inspections",
            ["repairOrders"] = $"/api/repairs/estates/{estateId}/orders",
            ["overdueRepairOrders"] = $"/api/repairs/estates/{estateId}/orders?overdue=true",
            ["complaints"] = $"/api/repairs/estates/{estateId}/complaints",
            ["bills"] = $"/api/billing/estates/{estateId}/bills",
        };
    }

    public static string RepairOrder(Guid estateId, Guid orderId) => $"/api/repairs/estates/{estateId}/orders/{orderId}";

    public static string Complaint(Guid estateId, Guid complaintId) => $"/api/repairs/estates/{estateId}/complaints/{complaintId}";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
