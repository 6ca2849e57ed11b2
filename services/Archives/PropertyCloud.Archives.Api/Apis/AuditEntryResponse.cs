using PropertyCloud.Archives.Api.Domain.Audit;

namespace PropertyCloud.Archives.Api.Apis;

public sealed record AuditEntryResponse(
    long Sequence, DateTimeOffset OccurredAt, string Action, string ActorId, string ActorName, Guid SubjectId, string Details, string Hash)
{
    public static AuditEntryResponse From(AuditEntry e) =>
        new(e.Sequence, e.OccurredAt, e.Action, e.ActorId, e.ActorName, e.SubjectId, e.Details, e.Hash);
}
