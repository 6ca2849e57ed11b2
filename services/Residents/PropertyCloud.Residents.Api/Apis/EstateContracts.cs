using FluentValidation;
using PropertyCloud.Residents.Api.Domain;

namespace PropertyCloud.Residents.Api.Apis;

public sealed record RegisterEstateRequest(string Code, string Name, string Company, EstateKind Kind, string? Address);

public sealed record UpdateEstateRequest(string Name, string Company, string? Address);

public sealed record EstateResponse(Guid Id, string Code, string Name, string Company, EstateKind Kind, string Address, string TimeZone)
{
    public static EstateResponse From(Estate e) => new(e.Id, e.Code, e.Name, e.Company, e.Kind, e.Address, e.TimeZone);
}

internal sealed class RegisterEstateRequestValidator : AbstractValidator<RegisterEstateRequest>
{
    public RegisterEstateRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(32).Matches("^[A-Za-z0-9-]+$");
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Company).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Address).MaximumLength(200);
    }
}

internal sealed class UpdateEstateRequestValidator : AbstractValidator<UpdateEstateRequest>
{
    public UpdateEstateRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Company).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Address).MaximumLength(200);
    }
}
