namespace PropertyCloud.Archives.Api.Domain.Lending;

/// <summary>
/// What a loan or copying request asks for. <see cref="Copies"/> only for copying; a warrant (number and issuing
/// authority) only for police and court requests.
/// </summary>
public sealed record LoanTerms(
    string Purpose, DateTimeOffset DueAt, LoanKind Kind = LoanKind.Reading, LoanMedium Medium = LoanMedium.Electronic, bool TakeAway = false,
    int? Copies = null, LoanRequester RequestedFor = LoanRequester.Staff, string? WarrantNumber = null, string? WarrantAuthority = null);
