namespace PropertyCloud.Surveys.Api.Domain.Sampling;

/// <summary>A household of the sampling frame: where it is, nothing about who lives there.</summary>
public sealed record SamplingUnit(Guid UnitId, Guid BuildingId, string Entrance, int Floor);
