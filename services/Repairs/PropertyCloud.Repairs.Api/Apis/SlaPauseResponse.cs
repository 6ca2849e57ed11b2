using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>A recorded stop of an order's SLA clock; <c>EndedAt</c> is null while it lasts.</summary>
public sealed record SlaPauseResponse(
    SlaPauseReason Reason, string? Note, string PausedBy, DateTimeOffset StartedAt, string? ResumedBy, DateTimeOffset? EndedAt)
{
    public static SlaPauseResponse From(SlaPause p) => new(p.Reason, p.Note, p.PausedBy, p.StartedAt, p.ResumedBy, p.EndedAt);
}
