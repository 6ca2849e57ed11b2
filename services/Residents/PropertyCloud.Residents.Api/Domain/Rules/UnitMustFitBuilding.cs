using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Residents.Api.Domain.Rules;

/// <summary>A unit's floor must exist in its building (basements are negative floors).</summary>
internal static class UnitMustFitBuilding
{
    public static void Check(Building building, UnitDetails details)
    {
        if (details.Floor > building.Floors)
        {
            throw new DomainException("unit.floor_above_building",
                new($"楼层超出楼栋总层数（{building.Floors}）", $"The floor is above the building's {building.Floors} floors"),
                "floor");
        }
    }
}
