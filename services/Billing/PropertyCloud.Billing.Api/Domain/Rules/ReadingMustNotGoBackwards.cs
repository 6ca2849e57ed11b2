using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Domain.Rules;

/// <summary>A meter only counts up: a lower reading than the last is refused unless the meter was replaced.</summary>
internal static class ReadingMustNotGoBackwards
{
    public static void Check(decimal reading, decimal? previous, bool isReplacement)
    {
        if (previous is { } last && reading < last && !isReplacement)
        {
            throw new DomainException("meter_reading.lower_than_previous",
                new($"读数不能小于上次读数（{last}），换表请标记为换表", $"The reading is lower than the previous one ({last}); mark it as a meter replacement if the meter was changed"),
                "reading");
        }
    }
}
