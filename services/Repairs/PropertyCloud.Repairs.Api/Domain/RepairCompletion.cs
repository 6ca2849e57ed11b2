namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>What the worker reports at completion: notes, materials, labour, and the charge if the repair is chargeable.</summary>
public sealed record RepairCompletion(string WorkNotes, IReadOnlyList<MaterialUsed> Materials, int LabourMinutes, decimal ChargeableAmount);
