namespace PropertyCloud.Residents.Api.Domain.People;

/// <summary>Whom to call when something happens in an owner's unit (紧急事故联络人).</summary>
public sealed class EmergencyContact
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Name { get; private set; } = "";
    public string Relationship { get; private set; } = "";
    public string Phone { get; private set; } = "";

    private EmergencyContact() { }

    public static EmergencyContact Appoint(Owner owner, string name, string relationship, string phone) => new()
    {
        Id = Guid.CreateVersion7(), EstateId = owner.EstateId, OwnerId = owner.Id, Name = name.Trim(), Relationship = relationship, Phone = phone.Trim(),
    };
}
