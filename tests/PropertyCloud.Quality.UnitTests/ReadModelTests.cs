using PropertyCloud.Quality.Api.ReadModels;

namespace PropertyCloud.Quality.UnitTests;

public sealed class ReadModelTests
{
    private static readonly DateTimeOffset Opened = new(2026, 10, 5, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RecordCompleted_AfterTheResolutionDueTime_BreachesAtTheDueTime()
    {
        var order = RepairOrderFact.For(Guid.NewGuid(), Guid.NewGuid());
        order.RecordOpened(Opened, "plumbing", "urgent", Opened.AddHours(2));

        order.RecordCompleted(Opened, Opened.AddHours(3), "plumbing", "urgent");

        Assert.Equal(Opened.AddHours(2), order.SlaBreachedAt);
        Assert.False(order.SlaMet);
    }

    [Fact]
    public void RecordOpened_ArrivingAfterALateCompletion_StillBreaches()
    {
        var order = RepairOrderFact.For(Guid.NewGuid(), Guid.NewGuid());
        order.RecordCompleted(Opened, Opened.AddHours(3), "plumbing", "urgent");

        order.RecordOpened(Opened, "plumbing", "urgent", Opened.AddHours(2));

        Assert.Equal(Opened.AddHours(2), order.SlaBreachedAt);
    }

    [Fact]
    public void RecordBreach_Twice_KeepsTheEarliestDueTime()
    {
        var order = RepairOrderFact.For(Guid.NewGuid(), Guid.NewGuid());

        order.RecordBreach(Opened.AddHours(8));
        order.RecordBreach(Opened.AddMinutes(30));

        Assert.Equal(Opened.AddMinutes(30), order.SlaBreachedAt);
    }

    [Fact]
    public void RecordCompleted_OnTimeWithoutBreach_MeetsTheSla()
    {
        var order = RepairOrderFact.For(Guid.NewGuid(), Guid.NewGuid());
        order.RecordOpened(Opened, "plumbing", "urgent", Opened.AddHours(2));

        order.RecordCompleted(Opened, Opened.AddHours(1), "plumbing", "urgent");

        Assert.True(order.SlaMet);
    }

    [Fact]
    public void RecordRefund_BeforeThePayment_IsTakenFromTheNewestPeriodOnceThePaymentArrives()
    {
        var paymentId = Guid.NewGuid();
        var payment = PaymentFact.For(paymentId, Guid.NewGuid());
        payment.RecordRefund(300m, []);
        var september = PaymentAllocationFact.Of(paymentId, Guid.NewGuid(), Guid.NewGuid(), "2026-09", 200m);
        var october = PaymentAllocationFact.Of(paymentId, Guid.NewGuid(), Guid.NewGuid(), "2026-10", 250m);

        payment.RecordReceived([september, october]);

        Assert.Equal((50m, 250m), (september.Refunded, october.Refunded));
        Assert.Equal(0m, payment.RefundPending);
    }

    [Fact]
    public void Describe_WithAnOlderDescription_KeepsTheNewerOne()
    {
        var estate = EstateEntry.For(Guid.NewGuid());
        estate.Describe("HYY", "华苑", "华润物业", Opened.AddDays(1));

        estate.Describe("HYY", "旧名", "旧公司", Opened);

        Assert.Equal(("华苑", "华润物业"), (estate.Name, estate.Company));
    }

    [Fact]
    public void RecordCompleted_AgainAfterAReopening_KeepsTheFirstAcceptAndArrivalTimes()
    {
        var order = RepairOrderFact.For(Guid.NewGuid(), Guid.NewGuid());
        order.RecordCompleted(Opened, Opened.AddHours(3), "plumbing", "urgent", Opened.AddMinutes(10), Opened.AddMinutes(30));

        order.RecordCompleted(Opened, Opened.AddDays(1), "plumbing", "urgent", Opened.AddHours(20), Opened.AddHours(21));

        Assert.Equal((Opened.AddMinutes(10), Opened.AddMinutes(30)), (order.AcceptedAt, order.OnSiteAt));
    }

    [Fact]
    public void RecordFirstResponse_ArrivingOutOfOrder_KeepsTheEarliestResponse()
    {
        var complaint = ComplaintFact.For(Guid.NewGuid(), Guid.NewGuid());

        complaint.RecordFirstResponse(Opened, Opened.AddHours(2));
        complaint.RecordFirstResponse(Opened, Opened.AddMinutes(45));

        Assert.Equal((Opened, Opened.AddMinutes(45)), (complaint.ReceivedAt, complaint.FirstRespondedAt));
    }
}
