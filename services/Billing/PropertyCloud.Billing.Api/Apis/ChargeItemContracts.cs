using FluentValidation;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Apis;

public sealed record ChargeItemRequest(string Name, ChargeKind Kind, decimal Rate, IReadOnlyList<PriceTier>? Tiers);

public sealed record ChargeItemResponse(Guid Id, Guid EstateId, string Name, ChargeKind Kind, decimal Rate,
    IReadOnlyList<PriceTier> Tiers, bool Active)
{
    public static ChargeItemResponse From(ChargeItem i) => new(i.Id, i.EstateId, i.Name, i.Kind, i.Rate, i.Tiers, i.Active);
}

internal sealed class ChargeItemRequestValidator : AbstractValidator<ChargeItemRequest>
{
    public ChargeItemRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Rate).GreaterThan(0).LessThan(1_000_000).PrecisionScale(12, 4, ignoreTrailingZeros: true);
        RuleForEach(r => r.Tiers).ChildRules(tier =>
        {
            tier.RuleFor(t => t.Rate).GreaterThan(0).LessThan(1_000_000);
            tier.RuleFor(t => t.UpTo).GreaterThan(0);
        });
    }
}
