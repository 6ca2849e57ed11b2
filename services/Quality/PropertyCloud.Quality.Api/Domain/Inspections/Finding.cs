using PropertyCloud.Quality.Api.Domain.Rules;

namespace PropertyCloud.Quality.Api.Domain.Inspections;

/// <summary>A failed checklist item to be rectified (整改) by its deadline and then verified by the quality department.</summary>
public sealed class Finding
{
    public Guid Id { get; private set; }
    public Guid InspectionId { get; private set; }
    public Guid EstateId { get; private set; }
    public string ItemCode { get; private set; } = "";
    public string ItemText { get; private set; } = "";
    public string? Note { get; private set; }
    public DateOnly Deadline { get; private set; }
    public DateTimeOffset RaisedAt { get; private set; }
    public List<Photo> Photos { get; private set; } = [];
    public FindingStatus Status { get; private set; }
    public DateTimeOffset? RectifiedAt { get; private set; }
    public string? RectifiedBy { get; private set; }
    public string? RectificationNote { get; private set; }
    public List<Photo> RectificationPhotos { get; private set; } = [];
    public DateTimeOffset? VerifiedAt { get; private set; }
    public string? VerifiedBy { get; private set; }
    public int Rejections { get; private set; }

    private Finding() { }

    internal static Finding Raise(Inspection inspection, ChecklistItem item, ItemCheck check, DateTimeOffset now)
    {
        var deadline = FailedItemNeedsADeadline.Check(item, check, inspection.InspectedAt);
        return new Finding
        {
            Id = Guid.CreateVersion7(),
            InspectionId = inspection.Id,
            EstateId = inspection.EstateId,
            ItemCode = item.Code,
            ItemText = item.Text,
            Note = check.Note,
            Deadline = deadline,
            RaisedAt = inspection.InspectedAt,
            Photos = [.. check.Photos],
            Status = FindingStatus.Open,
        };
    }

    public bool IsOverdue(DateOnly today) => Status != FindingStatus.Verified && Deadline < today;

    public void ReportRectified(string note, IEnumerable<Photo> photos, string by, DateTimeOffset now)
    {
        FindingStepMustFollowLoop.Check(this, FindingStatus.Open);
        Status = FindingStatus.Rectified;
        RectificationNote = note;
        RectificationPhotos = [.. photos];
        RectifiedBy = by;
        RectifiedAt = now;
    }

    /// <summary>Quality checks the rectification on site: accepted closes the finding, rejected sends it back to the estate.</summary>
    public void Verify(bool accepted, string by, DateTimeOffset now)
    {
        FindingStepMustFollowLoop.Check(this, FindingStatus.Rectified);
        if (accepted)
        {
            Status = FindingStatus.Verified;
            VerifiedAt = now;
            VerifiedBy = by;
            return;
        }
        Status = FindingStatus.Open;
        Rejections++;
    }
}
