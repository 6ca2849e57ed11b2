using FluentValidation;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Lending;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>A request to borrow one document: why, and until when.</summary>
public sealed record LoanRequest(Guid? DocumentId, string? Purpose, DateTimeOffset? DueAt);

/// <summary>The custodian's check of a returned item; an incomplete return names what is missing.</summary>
public sealed record LoanReturnRequest(bool? Complete, string? Note);

public sealed record LoanResponse(
    Guid Id, Guid EstateId, Guid DocumentId, ConfidentialityLevel Level, string Purpose, DateTimeOffset DueAt,
    string BorrowerId, string BorrowerName, DateTimeOffset RequestedAt, LoanStatus Status, string? ApprovedBy,
    DateTimeOffset? ApprovedAt, DateTimeOffset? ReturnedAt, bool? ReturnedComplete, string? ReturnNote)
{
    public static LoanResponse From(Loan l) => new(
        l.Id, l.EstateId, l.DocumentId, l.Level, l.Purpose, l.DueAt, l.BorrowerId, l.BorrowerName, l.RequestedAt, l.Status,
        l.ApprovedBy, l.ApprovedAt, l.ReturnedAt, l.ReturnedComplete, l.ReturnNote);
}

internal sealed class LoanRequestValidator : AbstractValidator<LoanRequest>
{
    public LoanRequestValidator()
    {
        RuleFor(r => r.DocumentId).NotEmpty();
        RuleFor(r => r.Purpose).NotEmpty().MaximumLength(500);
        RuleFor(r => r.DueAt).NotNull();
    }
}

internal sealed class LoanReturnRequestValidator : AbstractValidator<LoanReturnRequest>
{
    public LoanReturnRequestValidator()
    {
        RuleFor(r => r.Complete).NotNull();
        RuleFor(r => r.Note).MaximumLength(500);
    }
}

public sealed record LoanMonthlyReportResponse(Guid Id, Guid EstateId, string Month, DateTimeOffset GeneratedAt, IReadOnlyList<OutstandingLoan> Items)
{
    public static LoanMonthlyReportResponse From(LoanMonthlyReport r) => new(r.Id, r.EstateId, r.Month, r.GeneratedAt, r.Items);
}
