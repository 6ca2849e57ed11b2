using FluentValidation;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>A complaint an owner or tenant lodges about their unit.</summary>
public sealed record LodgeComplaintRequest(ComplaintCategory? Category, string Description, Guid? UnitId);

/// <summary>
/// A resident's own complaint as they follow it: where it stands and what the estate answered; who handles it inside
/// the service centre and the lessons learnt stay with the staff.
/// </summary>
public sealed record MyComplaintResponse(
    Guid Id, Guid EstateId, ComplaintCategory Category, string Description, Guid? UnitId, ComplaintStatus Status,
    DateTimeOffset ReceivedAt, DateTimeOffset? AcknowledgedAt, string? Response, DateTimeOffset? RespondedAt, string? Result,
    DateTimeOffset? ResolvedAt, DateTimeOffset? ClosedAt, int ReopenCount)
{
    public static MyComplaintResponse From(Complaint c) => new(
        c.Id, c.EstateId, c.Category, c.Description, c.ComplainantUnitId, c.Status, c.ReceivedAt, c.AcknowledgedAt, c.Response,
        c.RespondedAt, c.Feedback?.Result, c.ResolvedAt, c.ClosedAt, c.ReopenCount);
}

internal sealed class LodgeComplaintRequestValidator : AbstractValidator<LodgeComplaintRequest>
{
    public LodgeComplaintRequestValidator()
    {
        RuleFor(r => r.Category).NotNull().IsInEnum();
        RuleFor(r => r.Description).NotEmpty().MaximumLength(2000);
    }
}
