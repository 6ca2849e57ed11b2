namespace PropertyCloud.Surveys.Api.Domain.Households;

/// <summary>
/// A household that may be surveyed: the replica of a Residents unit (where it is, never who lives there).
/// Units used for storage, business or standing vacant are not households of the sampling frame.
/// </summary>
public sealed class Household
{
    private Household()
    {
        BuildingCode = "";
        Entrance = "";
        Number = "";
    }

    public Guid UnitId { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid BuildingId { get; private set; }
    public string BuildingCode { get; private set; }
    public string Entrance { get; private set; }
    public int Floor { get; private set; }
    public string Number { get; private set; }
    public bool Occupied { get; private set; }

    /// <summary>"3栋-1-1502": how a surveyor finds the door.</summary>
    public string Address => $"{BuildingCode}-{Entrance}-{Number}";

    public static Household Register(Guid estateId, Guid unitId, Guid buildingId, string buildingCode, string entrance, int floor, string number) =>
        new()
        {
            UnitId = unitId,
            EstateId = estateId,
            BuildingId = buildingId,
            BuildingCode = buildingCode,
            Entrance = entrance,
            Floor = floor,
            Number = number,
            Occupied = true,
        };

    /// <summary>Residence and rented-out units are lived in; storage, commercial and vacant ones are not surveyed.</summary>
    public void UsageChanged(string usage) =>
        Occupied = usage is "Residence" or "RentedOut";
}
