namespace PropertyCloud.Repairs.Api.Domain.Residents;

/// <summary>
/// The login (token subject) of an owner or a tenancy. Residents links accounts (Owner.UserId, Tenancy.UserId);
/// Repairs keeps the link per party so that a resident's report is checked against their units without a call to Residents.
/// </summary>
public sealed class ResidentAccount
{
    public Guid PartyId { get; private set; }
    public Guid EstateId { get; private set; }
    public string UserId { get; private set; } = "";

    /// <summary>When Residents made the link in force here; an older link arriving late does not replace it.</summary>
    public DateTimeOffset LinkedAt { get; private set; }

    private ResidentAccount() { }

    public static ResidentAccount Link(Guid estateId, Guid partyId, string userId, DateTimeOffset linkedAt) =>
        new() { EstateId = estateId, PartyId = partyId, UserId = userId, LinkedAt = linkedAt };

    /// <summary>The latest link wins, whatever order the links arrive in.</summary>
    public void Relink(string userId, DateTimeOffset linkedAt)
    {
        if (linkedAt >= LinkedAt)
        {
            UserId = userId;
            LinkedAt = linkedAt;
        }
    }
}
