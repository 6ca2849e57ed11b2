using FluentValidation;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Apis;

internal static class PeriodValidation
{
    /// <summary>A "YYYY-MM" month.</summary>
    public static IRuleBuilderOptions<T, string> IsBillingPeriod<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(p => BillingPeriod.TryParse(p, out _)).WithMessage("'{PropertyName}' must be a month written YYYY-MM.");

    public static IRuleBuilderOptions<T, decimal> IsMoney<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.Must(Money.HasAtMostTwoDecimals).WithMessage("'{PropertyName}' must be in yuan with at most two decimals (fen).");
}
