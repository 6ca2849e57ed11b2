namespace PropertyCloud.Web.Api.Residents;

/// <summary>A search result of the register; the owner's phone arrives masked.</summary>
public sealed record SearchHit(
    double Score, Guid? UnitId, string? BuildingCode, string? Entrance, string? Number, string? Layout, string? Usage,
    decimal? BuildingArea, Guid? OwnerId, string? OwnerName, string? OwnerPhone);
