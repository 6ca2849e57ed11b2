using FluentValidation;
using PropertyCloud.Residents.Api.Domain;

namespace PropertyCloud.Residents.Api.Apis;

public sealed record UnitRequest(
    string Entrance, int Floor, string Number, string? Layout, decimal BuildingArea, decimal UsableArea, UnitUsage Usage)
{
    public UnitDetails ToDetails() => new(Entrance, Floor, Number, Layout ?? "", BuildingArea, UsableArea, Usage);
}

public sealed record UnitResponse(
    Guid Id, Guid EstateId, Guid BuildingId, string Entrance, int Floor, string Number, string Layout,
    decimal BuildingArea, decimal UsableArea, decimal EfficiencyRatio, UnitUsage Usage, string BuildingCode)
{
    public static UnitResponse From(Unit u) => new(u.Id, u.EstateId, u.BuildingId, u.Entrance, u.Floor, u.Number, u.Layout,
        u.BuildingArea, u.UsableArea, u.EfficiencyRatio, u.Usage, u.BuildingCode);
}

internal sealed class UnitRequestValidator : AbstractValidator<UnitRequest>
{
    public UnitRequestValidator()
    {
        RuleFor(r => r.Entrance).NotEmpty().MaximumLength(16);
        RuleFor(r => r.Number).NotEmpty().MaximumLength(16);
        RuleFor(r => r.Floor).InclusiveBetween(-10, 200).NotEqual(0);
        RuleFor(r => r.Layout).MaximumLength(50);
        RuleFor(r => r.BuildingArea).GreaterThan(0).LessThan(100_000);
        RuleFor(r => r.UsableArea).GreaterThan(0).LessThanOrEqualTo(r => r.BuildingArea);
        RuleFor(r => r.Usage).IsInEnum();
    }
}
