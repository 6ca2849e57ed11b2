using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Partners.Contracts;

/// <summary>
/// A group administrator registered a partner system. Identity creates the confidential OAuth client
/// <see cref="ClientId"/> (client_credentials, role "partner") and issues its secret to the administrator;
/// no secret travels on the bus. <see cref="IIntegrationEvent.EstateId"/> is <see cref="Guid.Empty"/>: a partner
/// belongs to the group, not to an estate.
/// </summary>
public sealed record PartnerRegistered : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid PartnerId { get; init; }

    /// <summary>The OAuth client id, e.g. "partner-acme"; the sub of the partner's tokens.</summary>
    public required string ClientId { get; init; }
    public required string DisplayName { get; init; }
}
