using PropertyCloud.Quality.Api.Domain.Inspections;

namespace PropertyCloud.Quality.Api.Apis;

public sealed record ChecklistResponse(Guid Id, string Name, IReadOnlyList<ChecklistItem> Items, DateTimeOffset CreatedAt)
{
    public static ChecklistResponse From(ChecklistTemplate t) => new(t.Id, t.Name, t.Items, t.CreatedAt);
}

public sealed record InspectionResponse(
    Guid Id, Guid EstateId, Guid TemplateId, string TemplateName, DateTimeOffset InspectedAt, string Inspector, decimal Score,
    IReadOnlyList<ItemResult> Results, IReadOnlyList<FindingResponse> Findings)
{
    public static InspectionResponse From(Inspection i, IEnumerable<Finding> findings, DateOnly today) =>
        new(i.Id, i.EstateId, i.TemplateId, i.TemplateName, i.InspectedAt, i.Inspector, i.Score, i.Results,
            [.. findings.Select(f => FindingResponse.From(f, today))]);
}

public sealed record FindingResponse(
    Guid Id, Guid InspectionId, Guid EstateId, string ItemCode, string ItemText, string? Note, DateOnly Deadline, bool Overdue,
    FindingStatus Status, IReadOnlyList<Photo> Photos, DateTimeOffset? RectifiedAt, string? RectificationNote,
    IReadOnlyList<Photo> RectificationPhotos, DateTimeOffset? VerifiedAt, int Rejections)
{
    public static FindingResponse From(Finding f, DateOnly today) => new(f.Id, f.InspectionId, f.EstateId, f.ItemCode, f.ItemText, f.Note,
        f.Deadline, f.IsOverdue(today), f.Status, f.Photos, f.RectifiedAt, f.RectificationNote, f.RectificationPhotos, f.VerifiedAt, f.Rejections);
}
