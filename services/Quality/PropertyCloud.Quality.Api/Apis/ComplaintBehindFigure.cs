using PropertyCloud.Quality.Api.ReadModels;

namespace PropertyCloud.Quality.Api.Apis;

/// <summary>A complaint as Quality knows it, with the link to the complaint in Repairs.</summary>
public sealed record ComplaintBehindFigure(
    Guid ComplaintId, string? Category, bool IsMajor, DateTimeOffset? ReceivedAt, DateTimeOffset? EscalatedAt, DateTimeOffset? ClosedAt,
    int? HandlingMinutes, string? ComplainantOpinion, string Link)
{
    public static ComplaintBehindFigure From(ComplaintFact c) => new(c.ComplaintId, c.Category, c.IsMajor, c.ReceivedAt, c.EscalatedAt,
        c.ClosedAt, c.HandlingMinutes, c.ComplainantOpinion, DrillDownLinks.Complaint(c.EstateId, c.ComplaintId));
}
