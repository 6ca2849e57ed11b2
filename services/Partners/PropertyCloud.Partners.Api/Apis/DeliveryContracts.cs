using FluentValidation;
using PropertyCloud.Partners.Api.Domain;

namespace PropertyCloud.Partners.Api.Apis;

public sealed record DeliveryResponse(
    Guid Id,
    Guid EventId,
    string Type,
    Guid EstateId,
    DeliveryChannel Channel,
    DeliveryStatus Status,
    DateTimeOffset OccurredAt,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? ParkedAt,
    string? LastError);

/// <summary>A partner's deliveries by status.</summary>
public sealed record DeliveryDashboard(int Pending, int Delivered, int Retrying, int Parked, int Withdrawn);

/// <summary>Send again everything from a point in time, or from (and including) an event.</summary>
public sealed record ReplayRequest(DateTimeOffset? From, Guid? FromEventId);

public sealed record ReplayResponse(int Requeued);

internal sealed class ReplayRequestValidator : AbstractValidator<ReplayRequest>
{
    public ReplayRequestValidator()
    {
        RuleFor(r => r.From).NotNull().When(r => r.FromEventId is null).WithMessage("Give 'from' or 'fromEventId'.");
        RuleFor(r => r.FromEventId).Null().When(r => r.From is not null).WithMessage("Give 'from' or 'fromEventId', not both.");
    }
}
