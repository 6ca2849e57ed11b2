namespace PropertyCloud.Web.Api.Residents;

/// <summary>A unit of the register as pickers and lists show it: building, entrance and number.</summary>
public sealed record RegisteredUnit(Guid Id, string BuildingCode, string Entrance, int Floor, string Number)
{
    public string Label => $"{BuildingCode}-{Entrance}-{Number}";
}
