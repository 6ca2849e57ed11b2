namespace PropertyCloud.Residents.Api.Domain;

/// <summary>What staff enter about a building.</summary>
public sealed record BuildingDetails(
    string Code,
    string Name,
    string Type,
    int Floors,
    int Entrances,
    DateOnly? ConstructionStartedOn,
    DateOnly? CompletedOn);
