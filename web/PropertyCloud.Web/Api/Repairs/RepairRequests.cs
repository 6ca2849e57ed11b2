namespace PropertyCloud.Web.Api.Repairs;

/// <summary>The repair vocabulary of the Repairs API (enum names as it writes them).</summary>
public static class RepairTerms
{
    public static readonly IReadOnlyList<string> Categories = ["Plumbing", "Electrical", "Elevator", "DoorAndAccess", "PublicArea", "Other"];
    public static readonly IReadOnlyList<string> Urgencies = ["Emergency", "Urgent", "Normal"];
    public static readonly IReadOnlyList<string> Channels = ["Phone", "Visit", "SelfService"];
}

public sealed record OpenRepairOrder(string? Channel, string Category, string Urgency, Guid? UnitId, string? PublicArea, string Description);

public sealed record DispatchRepairOrder(string AssigneeId, string AssigneeName);

public sealed record CompleteRepairOrder(string WorkNotes, int LabourMinutes, decimal? ChargeableAmount);
