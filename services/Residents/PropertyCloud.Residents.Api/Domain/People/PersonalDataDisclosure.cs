namespace PropertyCloud.Residents.Api.Domain.People;

/// <summary>
/// One unmasking of personal data (who saw whose which fields, when and why). Append-only: the table refuses
/// updates and deletes (trigger in the migration).
/// </summary>
public sealed class PersonalDataDisclosure
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public string ViewerId { get; private set; } = "";
    public string ViewerName { get; private set; } = "";
    public string ViewerRoles { get; private set; } = "";
    public string SubjectKind { get; private set; } = "";
    public Guid SubjectId { get; private set; }
    public string[] Fields { get; private set; } = [];
    public string Reason { get; private set; } = "";
    public DateTimeOffset DisclosedAt { get; private set; }

    private PersonalDataDisclosure() { }

    public static PersonalDataDisclosure Record(
        Guid estateId, string viewerId, string viewerName, string viewerRoles, string subjectKind, Guid subjectId,
        IEnumerable<string> fields, string reason, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), EstateId = estateId, ViewerId = viewerId, ViewerName = viewerName, ViewerRoles = viewerRoles,
        SubjectKind = subjectKind, SubjectId = subjectId, Fields = [.. fields], Reason = reason.Trim(), DisclosedAt = now,
    };
}
