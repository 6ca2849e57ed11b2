using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>The event that tells other services which login belongs to an owner or a tenancy.</summary>
internal static class AccountLinks
{
    public static ResidentAccountLinked Linked(Guid estateId, Guid partyId, bool isTenancy, string userId, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = now, EstateId = estateId, PartyId = partyId, IsTenancy = isTenancy, UserId = userId,
    };
}
