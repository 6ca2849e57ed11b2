using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Residents.Api.Domain.People;

/// <summary>An owner holds a unit from a date; joint owners hold the same unit together. Ended ownerships are kept.</summary>
public sealed class Ownership
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid OwnerId { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }

    public bool IsCurrent => EndedOn is null;

    private Ownership() { }

    public static Ownership Start(Unit unit, Owner owner, DateOnly startedOn)
    {
        if (unit.EstateId != owner.EstateId)
        {
            throw new DomainException("ownership.other_estate",
                new("业主与房间不属于同一小区", "The owner and the unit belong to different estates"), "unitIds");
        }
        return new Ownership { Id = Guid.CreateVersion7(), EstateId = unit.EstateId, UnitId = unit.Id, OwnerId = owner.Id, StartedOn = startedOn };
    }

    /// <summary>Closes the ownership on the day the unit changed hands; the record stays (002 业主档案管理办法).</summary>
    public void End(DateOnly endedOn)
    {
        if (EndedOn is not null)
        {
            throw new DomainException("ownership.already_ended", new("该产权记录已结束", "This ownership has already ended"));
        }
        if (endedOn < StartedOn)
        {
            throw new DomainException("ownership.ends_before_start",
                new($"变更日期不能早于原业主的起始日期 {StartedOn:yyyy-MM-dd}", $"The date cannot be before the current ownership began on {StartedOn:yyyy-MM-dd}"),
                "transferredOn");
        }
        EndedOn = endedOn;
    }
}
