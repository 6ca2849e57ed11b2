namespace PropertyCloud.Residents.Api.Domain;

/// <summary>What staff enter about a unit.</summary>
public sealed record UnitDetails(
    string Entrance,
    int Floor,
    string Number,
    string Layout,
    decimal BuildingArea,
    decimal UsableArea,
    UnitUsage Usage);
