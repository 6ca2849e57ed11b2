using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Domain.Rules;

/// <summary>A repair is either in a unit or in a named public area — never nowhere, never both.</summary>
internal static class RepairLocationMustBeKnown
{
    public static void Check(RepairLocation location)
    {
        var inUnit = location.UnitId is not null;
        var inPublicArea = !string.IsNullOrWhiteSpace(location.PublicArea);
        if (inUnit == inPublicArea)
        {
            throw new DomainException("repair.location_unit_or_public_area",
                new("报修位置须为一个房间或一个公共区域（二选一）", "The location must be either a unit or a public area"),
                "location");
        }
    }
}
