using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Residents.Api.Domain.Rules;

/// <summary>篇2: only the owner may set their unit to 'rented out'; staff may not do it on their behalf.</summary>
internal static class StaffMayNotDeclareRentedOut
{
    public static void Check(UnitUsage usage)
    {
        if (usage == UnitUsage.RentedOut)
        {
            throw new DomainException("unit.staff_may_not_declare_rented_out",
                new("只有业主本人可以将房屋设为出租，工作人员不能代为设置", "Only the owner may declare a unit rented out; staff may not"),
                "usage");
        }
    }
}
