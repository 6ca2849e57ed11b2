using FluentValidation;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Lending;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>
/// A request to borrow (kind Reading) or copy (kind Copying) one document: why, until when, which medium, and for
/// police or court requests the warrant's number and issuing authority.
/// </summary>
public sealed record LoanRequest(
    Guid? DocumentId, string? Purpose, DateTimeOffset? DueAt, LoanKind? Kind = null, LoanMedium? Medium = null, bool? TakeAway = null,
    int? Copies = null, LoanRequester? RequestedFor = null, string? WarrantNumber = null, string? WarrantAuthority = null)
{
    public LoanTerms ToTerms() => new(Purpose!, DueAt!.Value, Kind ?? LoanKind.Reading, Medium ?? LoanMedium.Electronic, TakeAway ?? false,
        Copies, RequestedFor ?? LoanRequester.Staff, WarrantNumber, WarrantAuthority);
}

/// <summary>The custodian's check of a returned item; an incomplete return names what is missing.</summary>
public sealed record LoanReturnRequest(bool? Complete, string? Note);

/// <summary>The copies made for a copying request.</summary>
public sealed record CopiesRequest(int? Copies, int? Pages);

public sealed record LoanResponse(
    Guid Id, Guid EstateId, Guid DocumentId, ConfidentialityLevel Level, string Purpose, DateTimeOffset DueAt,
    string BorrowerId, string BorrowerName, DateTimeOffset RequestedAt, LoanStatus Status, string? ApprovedBy,
    DateTimeOffset? ApprovedAt, DateTimeOffset? ReturnedAt, bool? ReturnedComplete, string? ReturnNote,
    LoanKind Kind, LoanMedium Medium, bool TakeAway, int? CopiesRequested, int? CopiesMade, int? PagesCopied,
    LoanRequester RequestedFor, string? WarrantNumber, string? WarrantAuthority, string? WarrantVerifiedBy, DateTimeOffset? WarrantVerifiedAt)
{
    public static LoanResponse From(Loan l) => new(
        l.Id, l.EstateId, l.DocumentId, l.Level, l.Purpose, l.DueAt, l.BorrowerId, l.BorrowerName, l.RequestedAt, l.Status,
        l.ApprovedBy, l.ApprovedAt, l.ReturnedAt, l.ReturnedComplete, l.ReturnNote,
        l.Kind, l.Medium, l.TakeAway, l.CopiesRequested, l.CopiesMade, l.PagesCopied,
        l.RequestedFor, l.WarrantNumber, l.WarrantAuthority, l.WarrantVerifiedBy, l.WarrantVerifiedAt);
}

internal sealed class LoanRequestValidator : AbstractValidator<LoanRequest>
{
    public LoanRequestValidator()
    {
        RuleFor(r => r.DocumentId).NotEmpty();
        RuleFor(r => r.Purpose).NotEmpty().MaximumLength(500);
        RuleFor(r => r.DueAt).NotNull();
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Medium).IsInEnum();
        RuleFor(r => r.RequestedFor).IsInEnum();
        RuleFor(r => r.Copies).NotNull().InclusiveBetween(1, 100).When(r => r.Kind == LoanKind.Copying);
        RuleFor(r => r.Copies).Null().When(r => r.Kind != LoanKind.Copying);
        RuleFor(r => r.WarrantNumber).MaximumLength(100);
        RuleFor(r => r.WarrantAuthority).MaximumLength(200);
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

internal sealed class CopiesRequestValidator : AbstractValidator<CopiesRequest>
{
    public CopiesRequestValidator()
    {
        RuleFor(r => r.Copies).NotNull().InclusiveBetween(1, 100);
        RuleFor(r => r.Pages).NotNull().InclusiveBetween(1, 100_000);
    }
}

public sealed record LoanMonthlyReportResponse(Guid Id, Guid EstateId, string Month, DateTimeOffset GeneratedAt, IReadOnlyList<OutstandingLoan> Items)
{
    public static LoanMonthlyReportResponse From(LoanMonthlyReport r) => new(r.Id, r.EstateId, r.Month, r.GeneratedAt, r.Items);
}
