using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Residents.Api.Domain.People;

/// <summary>
/// Whom the service centre deals with at a company owner (企业业主联系人). A change never overwrites: the old record is
/// ended and its successor points back to it, so the history of who spoke for the company stays.
/// </summary>
public sealed class CompanyContactPerson
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Name { get; private set; } = "";
    public string Position { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public DateOnly StartedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }

    /// <summary>The record this one replaced, if it was a change.</summary>
    public Guid? PreviousId { get; private set; }

    public bool IsCurrent => EndedOn is null;

    private CompanyContactPerson() { }

    public static CompanyContactPerson Appoint(Owner owner, string name, string position, string phone, DateOnly startedOn)
    {
        if (owner.Kind != OwnerKind.Company)
        {
            throw new DomainException("contact_person.owner_not_company",
                new("只有企业业主才登记联系人", "Only a company owner has contact persons"), "ownerId");
        }
        return new CompanyContactPerson
        {
            Id = Guid.CreateVersion7(), EstateId = owner.EstateId, OwnerId = owner.Id, Name = name.Trim(), Position = position.Trim(),
            Phone = phone.Trim(), StartedOn = startedOn,
        };
    }

    /// <summary>Ends this record on <paramref name="changedOn"/> and returns its successor with the new details.</summary>
    public CompanyContactPerson ChangeTo(Owner owner, string name, string position, string phone, DateOnly changedOn)
    {
        EndOn(changedOn, "effectiveOn");
        var successor = Appoint(owner, name, position, phone, changedOn);
        successor.PreviousId = Id;
        return successor;
    }

    public void End(DateOnly endedOn) => EndOn(endedOn, "endedOn");

    private void EndOn(DateOnly endedOn, string field)
    {
        if (EndedOn is not null)
        {
            throw new DomainException("contact_person.already_ended", new("该联系人记录已结束", "This contact person record has already ended"));
        }
        if (endedOn < StartedOn)
        {
            throw new DomainException("contact_person.ends_before_start",
                new($"变更日期不能早于 {StartedOn:yyyy-MM-dd}", $"The date cannot be before {StartedOn:yyyy-MM-dd}"), field);
        }
        EndedOn = endedOn;
    }
}
