using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>A unit in arrears: its overdue bills, what it owes on them, and the age of the oldest.</summary>
public sealed record DunningEntry(Guid UnitId, string BuildingCode, string Entrance, string Number, int OverdueBills, decimal AmountOwed,
    DateOnly OldestDueDate, int DaysOverdue, DebtAge Age);

/// <summary>Arrears of one building and debt age.</summary>
public sealed record DunningSummaryRow(string BuildingCode, DebtAge Age, int Units, decimal AmountOwed);

/// <summary>The dunning list (催费清单) of an estate as of a day, by unit and summarised by building and age of debt.</summary>
public sealed record DunningListResponse(Guid EstateId, DateOnly AsOf, IReadOnlyList<DunningEntry> Units, IReadOnlyList<DunningSummaryRow> Summary);
