using FluentValidation;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>Which masked fields to show and why; the reason goes into the audit.</summary>
public sealed record RevealRequest(IReadOnlyList<string> Fields, string Reason);

/// <summary>The unmasked values of the fields asked for; the others stay null.</summary>
public sealed record RevealResponse(Guid OwnerId, string? Phone, string? IdNumber, string? Address);

public sealed record DisclosureResponse(
    Guid Id, string ViewerId, string ViewerName, string ViewerRoles, string SubjectKind, Guid SubjectId,
    IReadOnlyList<string> Fields, string Reason, DateTimeOffset DisclosedAt)
{
    public static DisclosureResponse From(PersonalDataDisclosure d) =>
        new(d.Id, d.ViewerId, d.ViewerName, d.ViewerRoles, d.SubjectKind, d.SubjectId, d.Fields, d.Reason, d.DisclosedAt);
}

internal sealed class RevealRequestValidator : AbstractValidator<RevealRequest>
{
    public RevealRequestValidator()
    {
        RuleFor(r => r.Fields).NotEmpty();
        RuleForEach(r => r.Fields).Must(f => PersonalData.All.Contains(f))
            .WithMessage(_ => $"phone | idNumber | address");
        RuleFor(r => r.Reason).NotEmpty().MinimumLength(4).MaximumLength(500);
    }
}
