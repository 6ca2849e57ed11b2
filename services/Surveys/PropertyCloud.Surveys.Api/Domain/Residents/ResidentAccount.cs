namespace PropertyCloud.Surveys.Api.Domain.Residents;

/// <summary>
/// The login (token subject) of an owner or a tenancy, from Residents' ResidentAccountLinked, so that a resident's token
/// finds "my questionnaires" without a call to Residents. Only the link: no name, no phone.
/// </summary>
public sealed class ResidentAccount
{
    private ResidentAccount()
    {
        UserId = "";
    }

    public Guid PartyId { get; private set; }
    public Guid EstateId { get; private set; }
    public string UserId { get; private set; }

    public static ResidentAccount Link(Guid estateId, Guid partyId, string userId) =>
        new() { EstateId = estateId, PartyId = partyId, UserId = userId };

    public void Relink(string userId) => UserId = userId;
}
