using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Temporary;

/// <summary>
/// A temporary file (临时档案) opened for a decoration or engineering job while it runs. Once the job is complete its
/// papers must be formalised into the archive within <see cref="FormalisationDays"/> days; later ones are overdue.
/// </summary>
public sealed class TemporaryFile
{
    public const int FormalisationDays = 5;

    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public TemporaryFileKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public Guid? UnitId { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public string OpenedBy { get; private set; } = "";
    public DateOnly? JobCompletedOn { get; private set; }
    public DateTimeOffset? FormalisedAt { get; private set; }
    public string? FormalisedBy { get; private set; }

    /// <summary>Where the formal file's originals now lie (category-cabinet-shelf-box).</summary>
    public string? IndexNumber { get; private set; }

    public DateOnly? FormaliseBy => JobCompletedOn?.AddDays(FormalisationDays);

    public bool IsOverdue(DateOnly today) => FormalisedAt is null && FormaliseBy is { } due && today > due;

    private TemporaryFile() { }

    public static TemporaryFile Open(Guid estateId, TemporaryFileKind kind, string title, Guid? unitId, string openedBy, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), EstateId = estateId, Kind = kind, Title = title.Trim(), UnitId = unitId, OpenedAt = now, OpenedBy = openedBy };

    public void CompleteJob(DateOnly completedOn, DateOnly today)
    {
        if (JobCompletedOn is not null)
        {
            throw new DomainException("temporary_file.job_already_completed",
                new($"该工程已于 {JobCompletedOn:yyyy-MM-dd} 登记完工", $"The job was already recorded complete on {JobCompletedOn:yyyy-MM-dd}"), "completedOn");
        }
        if (completedOn > today)
        {
            throw new DomainException("temporary_file.completion_in_future",
                new("完工日期不能晚于今天", "The completion date cannot be in the future"), "completedOn");
        }
        JobCompletedOn = completedOn;
    }

    public void Formalise(string indexNumber, string by, DateTimeOffset now)
    {
        if (JobCompletedOn is null)
        {
            throw new DomainException("temporary_file.job_not_completed",
                new("工程尚未完工，临时档案不能转为正式档案", "The job is not complete yet: the temporary file cannot be formalised"));
        }
        if (FormalisedAt is not null)
        {
            throw new DomainException("temporary_file.already_formalised", new("该临时档案已转为正式档案", "This temporary file has already been formalised"));
        }
        (IndexNumber, FormalisedBy, FormalisedAt) = (indexNumber, by, now);
    }
}
