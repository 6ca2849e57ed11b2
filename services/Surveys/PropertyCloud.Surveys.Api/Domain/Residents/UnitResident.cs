namespace PropertyCloud.Surveys.Api.Domain.Residents;

/// <summary>
/// Who lives in a household's unit, from Residents' events: an owner (party = owner id) or a tenancy (party = tenancy
/// id), until it ends. Current residents may answer the household's questionnaire themselves.
/// </summary>
public sealed class UnitResident
{
    private UnitResident()
    {
    }

    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid PartyId { get; private set; }
    public bool IsTenancy { get; private set; }
    public DateOnly? EndedOn { get; private set; }

    public static UnitResident MoveIn(Guid estateId, Guid unitId, Guid partyId, bool isTenancy) => new()
    {
        Id = Guid.CreateVersion7(),
        EstateId = estateId,
        UnitId = unitId,
        PartyId = partyId,
        IsTenancy = isTenancy,
    };

    /// <summary>Ownership transferred or lease ended; the first end date stands.</summary>
    public void MoveOut(DateOnly on) => EndedOn ??= on;
}
