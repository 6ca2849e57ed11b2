using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Residents.Api.Domain.Handover;

/// <summary>A key of a unit held in custody by the service centre (钥匙托管): who left it, who took it in, who got it back.</summary>
public sealed class KeyCustody
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public string Description { get; private set; } = "";
    public string HandedInBy { get; private set; } = "";
    public DateOnly ReceivedOn { get; private set; }
    public string ReceivedBy { get; private set; } = "";
    public DateOnly? ReturnedOn { get; private set; }
    public string? ReturnedTo { get; private set; }
    public string? ReturnedBy { get; private set; }

    public bool IsHeld => ReturnedOn is null;

    private KeyCustody() { }

    public static KeyCustody Receive(Unit unit, string description, string handedInBy, DateOnly receivedOn, string staffName) => new()
    {
        Id = Guid.CreateVersion7(), EstateId = unit.EstateId, UnitId = unit.Id, Description = description.Trim(),
        HandedInBy = handedInBy.Trim(), ReceivedOn = receivedOn, ReceivedBy = staffName,
    };

    public void ReturnTo(string person, DateOnly returnedOn, string staffName)
    {
        if (ReturnedOn is not null)
        {
            throw new DomainException("key.already_returned", new("该钥匙已归还", "This key has already been returned"));
        }
        if (returnedOn < ReceivedOn)
        {
            throw new DomainException("key.returned_before_received", new("归还日期不能早于接收日期", "A key cannot be returned before it was received"), "returnedOn");
        }
        ReturnedOn = returnedOn;
        ReturnedTo = person.Trim();
        ReturnedBy = staffName;
    }
}
