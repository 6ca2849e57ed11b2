namespace PropertyCloud.Partners.Api.Domain;

public enum DeliveryStatus
{
    /// <summary>Not tried yet (new, or replayed).</summary>
    Pending,
    Delivered,

    /// <summary>Failed at least once; tried again after a back-off.</summary>
    Retrying,

    /// <summary>Still failing when the retry window closed; kept, visible and replayable.</summary>
    Parked,

    /// <summary>Not sent: the grant was withdrawn before the message went out.</summary>
    Withdrawn,
}
