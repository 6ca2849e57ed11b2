using FluentValidation;
using PropertyCloud.Residents.Api.Domain;

namespace PropertyCloud.Residents.Api.Apis;

public sealed record BuildingRequest(
    string Code, string Name, string? Type, int Floors, int Entrances, DateOnly? ConstructionStartedOn, DateOnly? CompletedOn)
{
    public BuildingDetails ToDetails() => new(Code, Name, Type ?? "", Floors, Entrances, ConstructionStartedOn, CompletedOn);
}

public sealed record BuildingResponse(
    Guid Id, Guid EstateId, string Code, string Name, string Type, int Floors, int Entrances,
    DateOnly? ConstructionStartedOn, DateOnly? CompletedOn)
{
    public static BuildingResponse From(Building b) =>
        new(b.Id, b.EstateId, b.Code, b.Name, b.Type, b.Floors, b.Entrances, b.ConstructionStartedOn, b.CompletedOn);
}

internal sealed class BuildingRequestValidator : AbstractValidator<BuildingRequest>
{
    public BuildingRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(32);
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Type).MaximumLength(50);
        RuleFor(r => r.Floors).InclusiveBetween(1, 200);
        RuleFor(r => r.Entrances).InclusiveBetween(1, 50);
        RuleFor(r => r.CompletedOn).GreaterThanOrEqualTo(r => r.ConstructionStartedOn)
            .When(r => r.CompletedOn is not null && r.ConstructionStartedOn is not null);
    }
}
