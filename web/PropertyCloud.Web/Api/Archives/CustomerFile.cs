namespace PropertyCloud.Web.Api.Archives;

/// <summary>A unit's customer file (客户档案), as the Archives API lists it.</summary>
public sealed record CustomerFile(Guid Id, Guid UnitId, string FileNumber, string BuildingCode, string Entrance, int Floor, string UnitNumber,
    string Status, DateTimeOffset OpenedAt)
{
    public string UnitLabel => $"{BuildingCode}-{Entrance}-{UnitNumber}";
}
