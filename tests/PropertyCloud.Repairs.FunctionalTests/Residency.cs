using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Repairs.FunctionalTests;

/// <summary>Residents' events as the Residents service raises them, and resident logins told to the service through them.</summary>
public static class Residency
{
    /// <summary>An owner login of the estate who holds <paramref name="units"/>, once the service has learnt so.</summary>
    public static async Task<Resident> OwnerAsync(this RepairsService service, Guid estateId, params Guid[] units)
    {
        var (client, userId) = service.UserFor(Roles.Owner, estateId);
        var ownerId = Guid.NewGuid();
        await service.DeliverAsync(Registered(estateId, ownerId, units), Linked(estateId, ownerId, isTenancy: false, userId));
        return new Resident(client, userId, ownerId);
    }

    /// <summary>A tenant login of the estate renting <paramref name="unitId"/>, once the service has learnt so.</summary>
    public static async Task<Resident> TenantAsync(this RepairsService service, Guid estateId, Guid unitId)
    {
        var (client, userId) = service.UserFor(Roles.Tenant, estateId);
        var tenancyId = Guid.NewGuid();
        await service.DeliverAsync(LeaseStarted(estateId, unitId, tenancyId), Linked(estateId, tenancyId, isTenancy: true, userId));
        return new Resident(client, userId, tenancyId);
    }

    public static OwnerRegistered Registered(Guid estateId, Guid ownerId, params Guid[] units) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, OwnerId = ownerId, UnitIds = units,
        OwnedSince = new DateOnly(2020, 5, 1),
    };

    public static ResidentAccountLinked Linked(Guid estateId, Guid partyId, bool isTenancy, string userId) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, PartyId = partyId, IsTenancy = isTenancy,
        UserId = userId,
    };

    public static TenantLeaseStarted LeaseStarted(Guid estateId, Guid unitId, Guid tenancyId) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, UnitId = unitId, TenancyId = tenancyId,
        LeaseStartsOn = new DateOnly(2026, 3, 1), LeaseEndsOn = new DateOnly(2027, 2, 28),
    };

    public static TenantLeaseEnded LeaseEnded(Guid estateId, Guid unitId, Guid tenancyId) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, UnitId = unitId, TenancyId = tenancyId,
        EndedOn = new DateOnly(2026, 10, 31),
    };

    public static OwnershipTransferred Transferred(Guid estateId, Guid unitId, Guid previousOwnerId, Guid newOwnerId) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, UnitId = unitId,
        PreviousOwnerIds = [previousOwnerId], NewOwnerIds = [newOwnerId], TransferredOn = new DateOnly(2026, 11, 1),
    };
}
