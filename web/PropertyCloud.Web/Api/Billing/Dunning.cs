namespace PropertyCloud.Web.Api.Billing;

/// <summary>The dunning list (催费清单) of an estate: units in arrears and the sums by building and age of debt.</summary>
public sealed record DunningList(DateOnly AsOf, IReadOnlyList<DunningEntry> Units, IReadOnlyList<DunningSummaryRow> Summary);

/// <summary>A unit in arrears: its overdue bills, what it owes and how old the oldest debt is.</summary>
public sealed record DunningEntry(Guid UnitId, string BuildingCode, string Entrance, string Number, int OverdueBills, decimal AmountOwed,
    DateOnly OldestDueDate, int DaysOverdue, string Age)
{
    public string UnitLabel => $"{BuildingCode}-{Entrance}-{Number}";
}

/// <summary>Arrears of one building and age of debt.</summary>
public sealed record DunningSummaryRow(string BuildingCode, string Age, int Units, decimal AmountOwed);

/// <summary>A dunning notice sent for an overdue bill (reminder, notice, final notice).</summary>
public sealed record DunningNotice(Guid Id, Guid UnitId, string Period, string Step, int DaysOverdue, decimal AmountOwed, decimal LateFee,
    DateTimeOffset IssuedAt, string? BuildingCode, string? Entrance, string? Number, string? Age)
{
    public string UnitLabel => $"{BuildingCode}-{Entrance}-{Number}";
}
