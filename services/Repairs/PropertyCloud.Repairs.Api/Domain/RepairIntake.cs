namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>What is taken down when a repair request comes in.</summary>
public sealed record RepairIntake(
    RepairChannel Channel, RepairCategory Category, RepairUrgency Urgency, RepairLocation Location, string Description,
    string ReporterId, string ReporterName);
