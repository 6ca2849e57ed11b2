namespace PropertyCloud.Residents.Api.Domain.People;

/// <summary>A member of an owner's household (业主成员).</summary>
public sealed class HouseholdMember
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Name { get; private set; } = "";
    public string Relationship { get; private set; } = "";
    public Gender Gender { get; private set; }
    public string Phone { get; private set; } = "";
    public DateTimeOffset AddedAt { get; private set; }

    private HouseholdMember() { }

    public static HouseholdMember Add(Owner owner, string name, string relationship, Gender gender, string phone, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), EstateId = owner.EstateId, OwnerId = owner.Id, Name = name.Trim(),
        Relationship = relationship, Gender = gender, Phone = phone.Trim(), AddedAt = now,
    };

    /// <summary>The owner corrects a member of their household (self-service).</summary>
    public void Correct(string name, string relationship, Gender gender, string phone)
    {
        Name = name.Trim();
        Relationship = relationship;
        Gender = gender;
        Phone = phone.Trim();
    }
}
