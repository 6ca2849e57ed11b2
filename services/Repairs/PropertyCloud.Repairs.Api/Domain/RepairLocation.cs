namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>Where the repair is: a unit, or a public area (lobby, stairwell, car park) of a building or the estate.</summary>
public sealed record RepairLocation(Guid? UnitId, Guid? BuildingId, string? PublicArea);
