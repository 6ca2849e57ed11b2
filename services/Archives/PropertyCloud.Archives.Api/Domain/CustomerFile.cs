namespace PropertyCloud.Archives.Api.Domain;

/// <summary>A unit's customer file (客户档案, 分户保管): the folder every record about the unit is filed into.</summary>
public sealed class CustomerFile
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }

    /// <summary>Number written on the folder: building-entrance-unit, e.g. "3栋-1-1502".</summary>
    public string FileNumber { get; private set; } = "";
    public string BuildingCode { get; private set; } = "";
    public string Entrance { get; private set; } = "";
    public int Floor { get; private set; }
    public string UnitNumber { get; private set; } = "";
    public CustomerFileStatus Status { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }

    private CustomerFile() { }

    public static CustomerFile OpenForUnit(
        Guid estateId, Guid unitId, string buildingCode, string entrance, int floor, string unitNumber, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        EstateId = estateId,
        UnitId = unitId,
        FileNumber = $"{buildingCode}-{entrance}-{unitNumber}",
        BuildingCode = buildingCode,
        Entrance = entrance,
        Floor = floor,
        UnitNumber = unitNumber,
        Status = CustomerFileStatus.Open,
        OpenedAt = now,
    };
}
