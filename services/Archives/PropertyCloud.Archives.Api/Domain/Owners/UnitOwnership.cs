namespace PropertyCloud.Archives.Api.Domain.Owners;

/// <summary>
/// An owner (the Residents party id) holding a unit, learnt from Residents' events, so that an owner's token finds
/// the move-in documents of their own units. A transfer ends the previous owners' holdings.
/// </summary>
public sealed class UnitOwnership
{
    public Guid OwnerId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid EstateId { get; private set; }

    /// <summary>
    /// From when the unit's documents are this owner's: the registration of the transfer that gave it to them, or the
    /// estate-local start of the day Residents says they have owned it since; documents filed before belong to earlier
    /// owners. Null when Residents did not say (the owner sees all of the unit's move-in documents).
    /// </summary>
    public DateTimeOffset? OwnedSince { get; private set; }

    private UnitOwnership() { }

    public static UnitOwnership Begin(Guid estateId, Guid unitId, Guid ownerId, DateTimeOffset? ownedSince) => new()
    {
        EstateId = estateId,
        UnitId = unitId,
        OwnerId = ownerId,
        OwnedSince = ownedSince,
    };
}
