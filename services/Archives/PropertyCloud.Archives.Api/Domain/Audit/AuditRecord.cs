namespace PropertyCloud.Archives.Api.Domain.Audit;

/// <summary>What happened, to what, by whom: the content of an audit entry before it is chained.</summary>
public sealed record AuditRecord(Guid EstateId, string Action, string ActorId, string ActorName, Guid SubjectId, string Details);
