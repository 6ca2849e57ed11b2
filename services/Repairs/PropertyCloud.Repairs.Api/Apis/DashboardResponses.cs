namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>The front desk's view: orders taken in today (estate time) and still open, and orders past a target.</summary>
public sealed record FrontDeskQueueResponse(int OpenTodayCount, IReadOnlyList<RepairOrderResponse> OpenToday, int OverdueCount, IReadOnlyList<RepairOrderResponse> Overdue);

/// <summary>The estate manager's view: open orders with a running target due within the window, soonest first.</summary>
public sealed record SlaAtRiskResponse(int WithinMinutes, int Count, IReadOnlyList<RepairOrderResponse> Orders);
