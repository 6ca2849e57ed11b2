namespace PropertyCloud.Repairs.Api.Domain.Residents;

/// <summary>
/// Repairs' copy of who lives in a unit, from Residents' events: an owner (party = owner id) or a tenancy
/// (party = tenancy id), until it ends. Only current residents may report repairs and lodge complaints for the unit.
/// </summary>
public sealed class UnitResident
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid PartyId { get; private set; }
    public ResidentKind Kind { get; private set; }
    public DateOnly? EndedOn { get; private set; }

    private UnitResident() { }

    public static UnitResident MoveIn(Guid estateId, Guid unitId, Guid partyId, ResidentKind kind) => new()
    {
        Id = Guid.CreateVersion7(),
        EstateId = estateId,
        UnitId = unitId,
        PartyId = partyId,
        Kind = kind,
    };

    /// <summary>Ownership transferred or lease ended; the first end date stands.</summary>
    public void MoveOut(DateOnly on) => EndedOn ??= on;
}
