namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>Stock value by month and year from the movements, months counted in the estate's time zone.</summary>
public static class StockBook
{
    private static readonly TimeZoneInfo EstateTimeZone = BuildingBlocks.Domain.EstateCalendar.TimeZone;

    public sealed record Line(DateTimeOffset At, StockMovementKind Kind, decimal Value);

    public static DateTimeOffset LocalTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, EstateTimeZone);

    public static DateTimeOffset StartOfYear(int year)
    {
        var local = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, EstateTimeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static StockReport Report(int year, IReadOnlyList<Line> lines)
    {
        static decimal Signed(Line l) => l.Kind is StockMovementKind.StockIn or StockMovementKind.StocktakeGain or StockMovementKind.Return ? l.Value : -l.Value;
        var yearStart = StartOfYear(year);
        var opening = lines.Where(l => l.At < yearStart).Sum(Signed);
        var inYear = lines.Where(l => l.At >= yearStart).ToList();
        var months = new List<StockMonth>();
        var running = opening;
        for (var month = 1; month <= 12; month++)
        {
            var ofMonth = inYear.Where(l => LocalTime(l.At).Month == month).ToList();
            var stockIn = ofMonth.Where(l => l.Kind == StockMovementKind.StockIn).Sum(l => l.Value);
            // returns net off what went out
            var stockOut = ofMonth.Where(l => l.Kind == StockMovementKind.StockOut).Sum(l => l.Value)
                - ofMonth.Where(l => l.Kind == StockMovementKind.Return).Sum(l => l.Value);
            var difference = ofMonth.Where(l => l.Kind is StockMovementKind.StocktakeGain or StockMovementKind.StocktakeLoss).Sum(Signed);
            running += stockIn - stockOut + difference;
            months.Add(new StockMonth(month, stockIn, stockOut, difference, running));
        }
        return new StockReport(year, opening, months, months.Sum(m => m.InValue), months.Sum(m => m.OutValue),
            months.Sum(m => m.StocktakeDifference), running);
    }
}
