using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Domain.Rules;

/// <summary>A meter has one reading per period; a second, different one is a conflict (correct it by hand, never by import).</summary>
public static class ReadingOncePerPeriod
{
    public static ConflictException AlreadyRecorded(string period) => new("meter_reading.already_recorded",
        new($"{period} 的读数已录入", $"A reading for {period} is already recorded"), "period");

    /// <summary>The same reading again (a sheet uploaded twice) is no conflict: it is already there.</summary>
    public static bool IsSameReading(MeterReading recorded, decimal reading, bool isReplacement) =>
        recorded.Reading == reading && recorded.IsReplacement == isReplacement;
}
