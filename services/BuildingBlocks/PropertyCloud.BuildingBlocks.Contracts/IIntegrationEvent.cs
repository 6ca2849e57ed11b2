namespace PropertyCloud.BuildingBlocks.Contracts;

/// <summary>
/// What every integration event carries. <see cref="EventId"/> is also the message id on the bus,
/// so consumers recognise a redelivered event by it.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>Unique id of this occurrence; the same event delivered twice has the same id.</summary>
    Guid EventId { get; }

    /// <summary>When the change happened (UTC).</summary>
    DateTimeOffset OccurredAt { get; }

    /// <summary>The estate the change belongs to.</summary>
    Guid EstateId { get; }
}
