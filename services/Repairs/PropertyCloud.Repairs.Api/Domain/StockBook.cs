using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>Stock value by month and year from the movements, months counted in the estate's time zone.</summary>
public static class StockBook
{
    public sealed record Line(DateTimeOffset At, StockMovementKind Kind, decimal Value);

    /// <summary>Years the stock book reports on; outside them a year has no start as a UTC instant.</summary>
    public static readonly int EarliestYear = EstateCalendar.EarliestDay.Year, LatestYear = EstateCalendar.LatestDay.Year;

    /// <summary>Refuses a year outside <see cref="EarliestYear"/>..<see cref="LatestYear"/>, naming the parameter.</summary>
    public static int ReportableYear(int year) => year >= EarliestYear && year <= LatestYear
        ? year
        : throw new DomainException("stock.year_out_of_range",
            new($"year 须在 {EarliestYear} 至 {LatestYear} 之间", $"year must be between {EarliestYear} and {LatestYear}"), "year");

    public static DateTimeOffset StartOfYear(int year) => EstateCalendar.StartOf(new DateOnly(year, 1, 1));

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
            var ofMonth = inYear.Where(l => EstateCalendar.Local(l.At).Month == month).ToList();
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
