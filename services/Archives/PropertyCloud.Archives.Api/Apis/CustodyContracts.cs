using FluentValidation;
using PropertyCloud.Archives.Api.Domain.Custody;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>The outgoing custodian (the caller) records a handover of files to an incoming custodian.</summary>
public sealed record CustodyTransferRequest(string? ToId, string? ToName, IReadOnlyList<Guid>? FileIds, string? Note);

public sealed record CustodyTransferResponse(
    Guid Id, Guid EstateId, string FromId, string FromName, string ToId, string ToName, IReadOnlyList<Guid> FileIds, string? Note,
    DateTimeOffset RecordedAt, DateTimeOffset? FromConfirmedAt, DateTimeOffset? ToConfirmedAt, bool IsComplete)
{
    public static CustodyTransferResponse From(CustodyTransfer t) => new(t.Id, t.EstateId, t.FromId, t.FromName, t.ToId, t.ToName, t.FileIds,
        t.Note, t.RecordedAt, t.FromConfirmedAt, t.ToConfirmedAt, t.IsComplete);
}

internal sealed class CustodyTransferRequestValidator : AbstractValidator<CustodyTransferRequest>
{
    public CustodyTransferRequestValidator()
    {
        RuleFor(r => r.ToId).NotEmpty().MaximumLength(100);
        RuleFor(r => r.ToName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.FileIds).NotEmpty();
        RuleFor(r => r.FileIds!.Count).LessThanOrEqualTo(5000).When(r => r.FileIds is not null).OverridePropertyName("fileIds");
        RuleFor(r => r.Note).MaximumLength(500);
    }
}
