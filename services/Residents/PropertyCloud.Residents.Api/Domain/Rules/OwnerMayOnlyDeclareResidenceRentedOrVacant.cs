using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Residents.Api.Domain.Rules;

/// <summary>An owner may declare their unit lived in, rented out or vacant; other usages are registered by staff.</summary>
internal static class OwnerMayOnlyDeclareResidenceRentedOrVacant
{
    public static void Check(UnitUsage usage)
    {
        if (usage is not (UnitUsage.Residence or UnitUsage.RentedOut or UnitUsage.Vacant))
        {
            throw new DomainException("unit.owner_usage_not_allowed",
                new("业主只能将房屋设为自住、出租或空置", "An owner may only declare the unit lived in, rented out or vacant"), "usage");
        }
    }
}
