using PropertyCloud.BuildingBlocks.Contracts;
using static PropertyCloud.Quality.FunctionalTests.Script;

namespace PropertyCloud.Quality.FunctionalTests;

/// <summary>
/// The Quality service after a scripted October of three estates: 华润物业 runs E1 and E2, 万科物业 runs E3.
/// Every figure the tests expect is worked out by hand in the comments of <see cref="FiguresTests"/>.
/// </summary>
public sealed class OctoberService : QualityService
{
    public const string CompanyA = "华润物业";
    public const string CompanyB = "万科物业";

    public Guid E1 { get; } = Guid.NewGuid();
    public Guid E2 { get; } = Guid.NewGuid();
    public Guid E3 { get; } = Guid.NewGuid();

    public int DistinctEvents { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var events = October().ToList();
        DistinctEvents = events.Count;
        // One event delivered twice (a redelivery) must count once.
        await PublishAsync([.. events, events[1]]);
        await WaitForStoredEventsAsync(DistinctEvents);
    }

    private IEnumerable<IIntegrationEvent> October()
    {
        yield return Estate(E1, "E1", CompanyA);
        yield return Estate(E2, "E2", CompanyA);
        yield return Estate(E3, "E3", CompanyB);

        // E1 repairs. O1: response 10, resolution 120, met on 10-05, closed 10-06; accepted after 15, on site after 40; reopened 10-07.
        var o1 = Guid.NewGuid();
        foreach (var e in Order(E1, At(10, 5, 9), due: At(10, 5, 17), dispatched: At(10, 5, 9, 10), completed: At(10, 5, 11), closed: At(10, 6, 10),
            accepted: At(10, 5, 9, 15), onSite: At(10, 5, 9, 40), id: o1)) yield return e;
        yield return OrderReopened(E1, o1, At(10, 7, 9), 1);
        // O2: response 30, resolution 180, breached at 10:05 on 10-05 (and completed late too); accepted after 40, on site after 80.
        foreach (var e in Order(E1, At(10, 5, 10), due: At(10, 5, 12), dispatched: At(10, 5, 10, 30), completed: At(10, 5, 13), breachDue: At(10, 5, 10, 5),
            accepted: At(10, 5, 10, 40), onSite: At(10, 5, 11, 20))) yield return e;
        // O3: response 20, resolution 1440, met on 10-07; accepted after 30, on site after 60.
        foreach (var e in Order(E1, At(10, 6, 8), due: At(10, 9, 8), dispatched: At(10, 6, 8, 20), completed: At(10, 7, 8),
            accepted: At(10, 6, 8, 30), onSite: At(10, 6, 9))) yield return e;
        // O4: response 40, still open, resolution breached at 22:00 on 10-06.
        foreach (var e in Order(E1, At(10, 6, 20), due: At(10, 6, 22), dispatched: At(10, 6, 20, 40), breachDue: At(10, 6, 22))) yield return e;
        // O5: opened 07:00 on 11-01 in Shanghai, still 10-31 in UTC: a November order.
        foreach (var e in Order(E1, At(11, 1, 7), due: At(11, 1, 15), dispatched: At(11, 1, 7, 15), completed: At(11, 1, 9))) yield return e;

        // E1 complaints: handled in 360 and 1440 minutes, one major and dissatisfied, one still open; first responses after
        // 45, 120 and 30 minutes. C1 is reopened twice; its second reopening is also published again under a new event id.
        var c1 = Guid.NewGuid();
        foreach (var e in Complaint(E1, At(10, 8, 9), closed: At(10, 8, 15), handlingMinutes: 360, responded: At(10, 8, 9, 45), id: c1)) yield return e;
        yield return ComplaintReopened(E1, c1, At(10, 8, 16), 1);
        yield return ComplaintReopened(E1, c1, At(10, 15, 9), 2);
        yield return ComplaintReopened(E1, c1, At(10, 15, 9), 2);
        foreach (var e in Complaint(E1, At(10, 9, 10), major: true, closed: At(10, 10, 10), handlingMinutes: 1440, opinion: "dissatisfied",
            responded: At(10, 9, 12))) yield return e;
        foreach (var e in Complaint(E1, At(10, 20, 11), responded: At(10, 20, 11, 30))) yield return e;

        // E1 billing: October billed 1500; 1000 paid then 300 refunded on B1, 100 paid on B2; September's 200 paid in full.
        var unit1 = Guid.NewGuid();
        var b1 = Bill(E1, unit1, "2026-10", 1000m, new(2026, 10, 15));
        var b2 = Bill(E1, Guid.NewGuid(), "2026-10", 500m, new(2026, 10, 15));
        var b3 = Bill(E1, unit1, "2026-09", 200m, new(2026, 9, 15));
        var p1 = Payment(At(10, 10, 10), 1200m, b3, b1);
        var p2 = Payment(At(10, 11, 10), 100m, b2);
        yield return b1;
        yield return b2;
        yield return b3;
        // The refund is published first: Quality must hold it until the payment arrives.
        yield return Refund(p1, At(10, 12, 10), 300m);
        yield return p1;
        yield return p2;

        // Surveys: E1 85.50 over 400 households (overall 88.00), E2 80.00 over 100 households; categories 日常管理 and 安全管理
        // (E2 has no security figure). November: E1 again, 87.00.
        yield return SurveyClosed(E1, At(10, 25, 10), 400, 85.50m, 88.00m,
            Category("daily-management", "日常管理", 82.00m), Category("security", "安全管理", 90.00m));
        yield return SurveyClosed(E2, At(10, 25, 10), 100, 80.00m, null,
            Category("daily-management", "日常管理", 72.00m), Category("security", "安全管理", null));
        yield return SurveyClosed(E1, At(11, 20, 10), 400, 87.00m, 89.00m,
            Category("daily-management", "日常管理", 85.00m), Category("security", "安全管理", 91.00m));

        // E1 corrective actions: A1 open within deadline, A2 overdue then verified effective, A3 open and overdue.
        foreach (var e in CorrectiveAction(E1, At(10, 26, 9), new(2026, 11, 10))) yield return e;
        foreach (var e in CorrectiveAction(E1, At(10, 26, 9), new(2026, 10, 28), overdue: At(10, 29, 0, 5), verifiedEffective: At(10, 30, 10))) yield return e;
        foreach (var e in CorrectiveAction(E1, At(10, 27, 9), new(2026, 10, 29))) yield return e;

        // E2: one order, response 50, resolution 60, met; accepted after 55, no arrival recorded.
        foreach (var e in Order(E2, At(10, 5, 9), due: At(10, 5, 12), dispatched: At(10, 5, 9, 50), completed: At(10, 5, 10),
            accepted: At(10, 5, 9, 55))) yield return e;

        // E3: one complaint, still open.
        foreach (var e in Complaint(E3, At(10, 5, 9))) yield return e;
    }
}
