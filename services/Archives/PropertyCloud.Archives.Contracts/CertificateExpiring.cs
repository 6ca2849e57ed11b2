using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Archives.Contracts;

/// <summary>
/// An equipment inspection certificate reached a reminder threshold before its expiry (by default 30 and 7 days);
/// raised once per certificate and threshold.
/// </summary>
public sealed record CertificateExpiring : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid EquipmentId { get; init; }
    public required Guid CertificateId { get; init; }
    public required string CertificateNumber { get; init; }

    /// <summary>The last day the certificate is valid (estate-local day).</summary>
    public required DateOnly ExpiresOn { get; init; }

    /// <summary>Days from today (estate-local) to <see cref="ExpiresOn"/>.</summary>
    public required int DaysLeft { get; init; }

    /// <summary>The reminder threshold reached, in days before expiry.</summary>
    public required int ThresholdDays { get; init; }
}
