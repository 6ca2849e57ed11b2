namespace PropertyCloud.Billing.Api.Domain;

/// <summary>Billing's own copy of a registered unit (from Residents' UnitRegistered): what bills are charged on.</summary>
public sealed class BillableUnit
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid BuildingId { get; private set; }
    public string BuildingCode { get; private set; } = "";
    public string Entrance { get; private set; } = "";
    public int Floor { get; private set; }
    public string Number { get; private set; } = "";
    public decimal BuildingArea { get; private set; }
    public decimal UsableArea { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>How lists show the unit: building-entrance-number, e.g. "3-2-1502".</summary>
    public string Label => $"{BuildingCode}-{Entrance}-{Number}";

    /// <summary>How printed notices and receipts name the unit: "3栋2单元1502" style.</summary>
    public string RoomName => $"{BuildingCode}{Entrance}单元{Number}";

    private BillableUnit() { }

    public static BillableUnit Register(Guid unitId, Guid estateId, Guid buildingId, string buildingCode, string entrance,
        int floor, string number, decimal buildingArea, decimal usableArea, DateTimeOffset registeredAt) => new()
    {
        Id = unitId,
        EstateId = estateId,
        BuildingId = buildingId,
        BuildingCode = buildingCode,
        Entrance = entrance,
        Floor = floor,
        Number = number,
        BuildingArea = buildingArea,
        UsableArea = usableArea,
        RegisteredAt = registeredAt,
    };
}
