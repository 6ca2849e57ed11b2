namespace PropertyCloud.Billing.Api.Domain;

/// <summary>
/// CNY amounts. The rounding rule: every bill line is rounded to the fen (0.01) half away from zero
/// (四舍五入) once, and a bill's total is the sum of its rounded lines, so totals reconcile to the fen.
/// </summary>
public static class Money
{
    public static decimal ToFen(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static bool HasAtMostTwoDecimals(decimal amount) => amount == ToFen(amount);
}
