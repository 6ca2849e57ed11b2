using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Residents.Api.Domain.People;

/// <summary>业主变更: every current ownership of the unit ends on the date, the new owners' begin on it.</summary>
public static class OwnershipTransfer
{
    public static IReadOnlyList<Ownership> Transfer(Unit unit, IReadOnlyList<Ownership> current, IReadOnlyList<Owner> newOwners, DateOnly on)
    {
        if (current.Count == 0)
        {
            throw new DomainException("ownership.no_current_owner",
                new("该房间当前没有业主，请直接登记业主", "The unit has no current owner; register one instead"), "unitId");
        }
        if (newOwners.Count == 0)
        {
            throw new DomainException("ownership.no_new_owner", new("请指定新业主", "Name the new owner"), "newOwnerIds");
        }
        if (newOwners.All(o => current.Any(c => c.OwnerId == o.Id)) && newOwners.Count == current.Count)
        {
            throw new DomainException("ownership.same_owners",
                new("新业主与现业主相同", "The new owners are the current owners"), "newOwnerIds");
        }
        foreach (var ownership in current)
        {
            ownership.End(on);
        }
        return [.. newOwners.Select(o => Ownership.Start(unit, o, on))];
    }
}
