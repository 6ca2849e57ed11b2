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
