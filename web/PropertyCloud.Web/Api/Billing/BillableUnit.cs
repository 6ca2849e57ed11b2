namespace PropertyCloud.Web.Api.Billing;

/// <summary>A unit the signed-in owner or tenant is billed for.</summary>
public sealed record BillableUnit(Guid Id, string BuildingCode, string Entrance, int Floor, string Number)
{
    public string Label => $"{BuildingCode}-{Entrance}-{Number}";
}
