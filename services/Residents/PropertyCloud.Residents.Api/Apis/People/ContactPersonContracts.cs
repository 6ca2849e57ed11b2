using FluentValidation;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>A contact person to appoint, or the new details of a change effective on <see cref="EffectiveOn"/>.</summary>
public sealed record ContactPersonRequest(string Name, string? Position, string Phone, DateOnly EffectiveOn);

public sealed record EndContactPersonRequest(DateOnly EndedOn);

public sealed record ContactPersonResponse(
    Guid Id, Guid OwnerId, string Name, string Position, string Phone, DateOnly StartedOn, DateOnly? EndedOn, Guid? PreviousId)
{
    public static ContactPersonResponse From(CompanyContactPerson c, bool masked) =>
        new(c.Id, c.OwnerId, c.Name, c.Position, masked ? Masking.Phone(c.Phone) : c.Phone, c.StartedOn, c.EndedOn, c.PreviousId);
}

internal sealed class ContactPersonRequestValidator : AbstractValidator<ContactPersonRequest>
{
    public ContactPersonRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Position).MaximumLength(50);
        RuleFor(r => r.Phone).NotEmpty().Matches(PhoneRule.Pattern).WithMessage(_ => PhoneRule.Message.ToString());
        RuleFor(r => r.EffectiveOn).NotEmpty();
    }
}
