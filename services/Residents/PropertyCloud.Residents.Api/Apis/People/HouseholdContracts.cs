using FluentValidation;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Api.Apis.People;

public sealed record MemberRequest(string Name, string Relationship, Gender Gender, string? Phone);

public sealed record MemberResponse(Guid Id, Guid OwnerId, string Name, string Relationship, Gender Gender, string Phone)
{
    public static MemberResponse From(HouseholdMember m, bool masked) =>
        new(m.Id, m.OwnerId, m.Name, m.Relationship, m.Gender, masked ? Masking.Phone(m.Phone) : m.Phone);
}

public sealed record ContactRequest(string Name, string Relationship, string Phone);

public sealed record ContactResponse(Guid Id, Guid OwnerId, string Name, string Relationship, string Phone)
{
    public static ContactResponse From(EmergencyContact c, bool masked) =>
        new(c.Id, c.OwnerId, c.Name, c.Relationship, masked ? Masking.Phone(c.Phone) : c.Phone);
}

internal sealed class MemberRequestValidator : AbstractValidator<MemberRequest>
{
    public MemberRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Relationship).NotEmpty().MaximumLength(30);
        RuleFor(r => r.Gender).IsInEnum();
        RuleFor(r => r.Phone).Matches(PhoneRule.Pattern).When(r => !string.IsNullOrEmpty(r.Phone))
            .WithMessage(_ => PhoneRule.Message.ToString());
    }
}

internal sealed class ContactRequestValidator : AbstractValidator<ContactRequest>
{
    public ContactRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Relationship).NotEmpty().MaximumLength(30);
        RuleFor(r => r.Phone).NotEmpty().Matches(PhoneRule.Pattern).WithMessage(_ => PhoneRule.Message.ToString());
    }
}
