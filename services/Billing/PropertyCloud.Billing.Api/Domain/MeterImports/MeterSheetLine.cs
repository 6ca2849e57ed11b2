using System.Globalization;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Domain.MeterImports;

/// <summary>
/// One line of the meter reader's sheet as read from its cells — A the unit (building-entrance-number, e.g. 3栋-1-1502),
/// B the meter (水/电, Water/Electricity), C the reading, D optionally 换表 (yes) for a replaced meter — or the reason it
/// cannot be read.
/// </summary>
public sealed record MeterSheetLine(int Line, string Unit, MeterKind? Meter, decimal? Reading, bool IsReplacement, MeterSheetProblem? Problem)
{
    public const decimal MaxReading = 1_000_000_000m;

    public static MeterSheetLine Parse(int line, string unit, string meter, string reading, string replacement)
    {
        var kind = MeterOf(meter);
        var value = ReadingOf(reading);
        var replaced = ReplacementOf(replacement);
        var problem = unit.Length == 0
            ? new MeterSheetProblem("meter_import.unit_missing", new("未填写房屋", "The unit is missing"), "unit")
            : kind is null
            ? new MeterSheetProblem("meter_import.meter_unknown",
                new($"表计应为 水 或 电：{meter}", $"The meter must be water or electricity: {meter}"), "meter")
            : value is null
            ? new MeterSheetProblem("meter_import.reading_invalid",
                new($"读数应为 0 至 10 亿之间、最多两位小数的数字：{reading}",
                    $"The reading must be a number from 0 to 1,000,000,000 with at most two decimals: {reading}"), "reading")
            : replaced is null
            ? new MeterSheetProblem("meter_import.replacement_unknown",
                new($"换表一栏应为 是 或留空：{replacement}", $"The replacement column must be yes or empty: {replacement}"), "isReplacement")
            : null;
        return new MeterSheetLine(line, unit, kind, value, replaced ?? false, problem);
    }

    /// <summary>Whether the cell holds a reading at all: a first line without one is taken for the headings.</summary>
    public static bool IsNumber(string reading) =>
        decimal.TryParse(reading, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static MeterKind? MeterOf(string written) => written.Trim().ToUpperInvariant() switch
    {
        "水" or "水表" or "WATER" => MeterKind.Water,
        "电" or "电表" or "ELECTRICITY" => MeterKind.Electricity,
        _ => null,
    };

    private static decimal? ReadingOf(string written) =>
        decimal.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && value >= 0 && value < MaxReading && value == Math.Round(value, 2)
            ? value
            : null;

    private static bool? ReplacementOf(string written) => written.Trim().ToUpperInvariant() switch
    {
        "" or "否" or "N" or "NO" or "FALSE" or "0" => false,
        "是" or "换表" or "Y" or "YES" or "TRUE" or "1" => true,
        _ => null,
    };
}
