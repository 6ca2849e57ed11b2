using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Residents.Contracts;

/// <summary>
/// How to reach an owner changed: their phone or address, an emergency contact, or a company owner's contact person.
/// Only ids and the kind of change travel; consumers that need the new details read them from Residents.
/// </summary>
public sealed record ResidentContactChanged : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid OwnerId { get; init; }

    /// <summary>The units the owner currently holds.</summary>
    public required IReadOnlyList<Guid> UnitIds { get; init; }

    /// <summary>"Phone", "Address", "EmergencyContact" or "CompanyContactPerson".</summary>
    public required string ContactKind { get; init; }

    /// <summary>"Added", "Changed" or "Removed".</summary>
    public required string Change { get; init; }

    /// <summary>The emergency contact or contact person concerned; null for the owner's own phone or address.</summary>
    public Guid? ContactId { get; init; }
}
