namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>
/// Self-service: an owner or tenant lodges a complaint about their unit and follows it (domain: residents complain).
/// The complainant's account is kept so that they, and only they, see it; complaints taken at the desk have none.
/// </summary>
public sealed partial class Complaint
{
    public string? ComplainantId { get; private set; }

    /// <summary>What a resident said online: never major by their own say (the desk escalates), always self-service.</summary>
    public static Complaint Lodge(
        Guid estateId, ComplaintCategory category, string description, Guid? unitId, string residentId, string residentName, DateTimeOffset now)
    {
        var complaint = Receive(estateId, RepairChannel.SelfService, category, description, unitId, isMajor: false, residentName, now);
        complaint.ComplainantId = residentId;
        return complaint;
    }
}
