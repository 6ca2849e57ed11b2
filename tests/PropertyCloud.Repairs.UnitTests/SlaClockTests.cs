using Microsoft.Extensions.Time.Testing;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.UnitTests;

/// <summary>SLA state from the order's timeline, on a clock the test moves.</summary>
public sealed class SlaClockTests
{
    private readonly FakeTimeProvider _clock = new(Orders.Monday9);
    private readonly BusinessCalendar _calendar = BusinessCalendar.Default(Guid.NewGuid());

    private DateTimeOffset After(int minutes)
    {
        _clock.Advance(TimeSpan.FromMinutes(minutes));
        return _clock.GetUtcNow();
    }

    private static DateTimeOffset DueAt(RepairOrder order, SlaTarget target) => order.Deadlines.Single(d => d.Target == target).DueAt;

    private RepairOrder DispatchedWaterEmergency()
    {
        var order = Orders.WaterEmergency(_clock.GetUtcNow());
        order.Dispatch("w1", "王师傅", "前台", After(1));
        return order;
    }

    [Fact]
    public void Resume_AfterTwentyMinutesWithoutAccess_MovesUnmetTargetsTwentyMinutesLater()
    {
        var order = DispatchedWaterEmergency();
        order.Accept(After(1));
        order.PauseSla(SlaPauseReason.NoAccess, "门禁无人应答", "王师傅", After(1));

        order.ResumeSla("王师傅", _calendar, After(20));

        Assert.Equal(Orders.Monday9.AddMinutes(5), DueAt(order, SlaTarget.Response));
        Assert.Equal(Orders.Monday9.AddMinutes(25), DueAt(order, SlaTarget.OnSite));
        Assert.Equal(Orders.Monday9.AddMinutes(140), DueAt(order, SlaTarget.Resolution));
        Assert.Equal(TimeSpan.FromMinutes(20), order.SlaPaused(_clock.GetUtcNow()));
    }

    [Fact]
    public void Breach_WhileClockIsPaused_IsNotRecordedUntilResumedAndDue()
    {
        var order = DispatchedWaterEmergency();
        order.Accept(After(1));
        order.PauseSla(SlaPauseReason.WaitingForParts, "等阀门", "王师傅", After(1));
        var onSite = order.Deadlines.Single(d => d.Target == SlaTarget.OnSite);

        Assert.False(onSite.Breach(After(30)));
        order.ResumeSla("王师傅", _calendar, _clock.GetUtcNow());
        Assert.False(onSite.Breach(After(1)));
        Assert.True(onSite.Breach(After(1)));
    }

    [Fact]
    public void Elapsed_WhilePaused_StandsStill()
    {
        var order = DispatchedWaterEmergency();
        order.PauseSla(SlaPauseReason.ResidentAbsent, null, "前台", After(2));
        var resolution = order.Deadlines.Single(d => d.Target == SlaTarget.Resolution);

        var before = order.SlaElapsed(resolution, _calendar, _clock.GetUtcNow());
        var later = order.SlaElapsed(resolution, _calendar, After(45));

        Assert.Equal(TimeSpan.FromMinutes(3), before);
        Assert.Equal(before, later);
        Assert.True(resolution.Paused);
    }

    [Fact]
    public void Reclassify_FromUrgentToEmergency_KeepsTimeAlreadySpentAndPaused()
    {
        var order = RepairOrder.Open(Guid.NewGuid(), new RepairIntake(RepairChannel.Phone, RepairCategory.Plumbing, RepairUrgency.Urgent,
            new RepairLocation(Guid.NewGuid(), null, null), "渗水", "desk", "前台"), SlaDefaults.For(RepairCategory.Plumbing, RepairUrgency.Urgent),
            _calendar, _clock.GetUtcNow());
        order.Dispatch("w1", "王师傅", "前台", After(5));
        order.PauseSla(SlaPauseReason.NoAccess, null, "王师傅", After(5));
        order.ResumeSla("王师傅", _calendar, After(30));

        order.Reclassify(RepairCategory.Plumbing, RepairUrgency.Emergency, SlaDefaults.For(RepairCategory.Plumbing, RepairUrgency.Emergency),
            _calendar, "经理", After(20));

        var resolution = order.Deadlines.Single(d => d.Target == SlaTarget.Resolution);
        Assert.Equal(Orders.Monday9.AddMinutes(120 + 30), resolution.DueAt);
        Assert.Equal(TimeSpan.FromMinutes(30), order.SlaElapsed(resolution, _calendar, _clock.GetUtcNow()));
        Assert.Equal(TimeSpan.FromMinutes(30), order.SlaPaused(_clock.GetUtcNow()));
        Assert.Equal(RepairUrgency.Urgent, Assert.Single(order.Reclassifications).FromUrgency);
    }

    [Fact]
    public void Reclassify_ToNormalUrgency_CountsOnlyServiceHoursFromIntake()
    {
        var shanghai = TimeSpan.FromHours(8);
        var intake = new DateTimeOffset(2026, 11, 23, 16, 30, 0, shanghai);
        var order = RepairOrder.Open(Guid.NewGuid(), new RepairIntake(RepairChannel.Phone, RepairCategory.PublicArea, RepairUrgency.Urgent,
            new RepairLocation(null, null, "花园"), "路灯不亮", "desk", "前台"), new SlaTimes(30, 120, 480), _calendar, intake);

        order.Reclassify(RepairCategory.PublicArea, RepairUrgency.Normal, new SlaTimes(120, 1440, 4320), _calendar, "经理", intake.AddMinutes(20));

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 30, 0, shanghai), DueAt(order, SlaTarget.Response));
        Assert.Equal(TimeSpan.FromMinutes(60),
            order.SlaElapsed(order.Deadlines.Single(d => d.Target == SlaTarget.Response), _calendar, intake.AddHours(4)));
    }

    [Fact]
    public void ArriveOnSite_WhileClockIsPaused_IsRefused()
    {
        var order = DispatchedWaterEmergency();
        order.Accept(After(1));
        order.PauseSla(SlaPauseReason.ResidentAbsent, null, "王师傅", After(1));

        var ex = Assert.Throws<DomainException>(() => order.ArriveOnSite(After(1)));

        Assert.Equal("repair.step_requires_running_sla", ex.Code);
    }

    [Fact]
    public void Pause_BeforeDispatch_IsRefused()
    {
        var order = Orders.WaterEmergency(_clock.GetUtcNow());

        var ex = Assert.Throws<DomainException>(() => order.PauseSla(SlaPauseReason.NoAccess, null, "前台", After(1)));

        Assert.Equal("repair.pause_requires_dispatched", ex.Code);
    }

    [Fact]
    public void Pause_Twice_IsRefused()
    {
        var order = DispatchedWaterEmergency();
        order.PauseSla(SlaPauseReason.NoAccess, null, "前台", After(1));

        var ex = Assert.Throws<DomainException>(() => order.PauseSla(SlaPauseReason.WaitingForParts, null, "前台", After(1)));

        Assert.Equal("repair.sla_already_paused", ex.Code);
    }

    [Fact]
    public void Resume_WhenNotPaused_IsRefused()
    {
        var order = DispatchedWaterEmergency();

        var ex = Assert.Throws<DomainException>(() => order.ResumeSla("前台", _calendar, After(1)));

        Assert.Equal("repair.sla_not_paused", ex.Code);
    }

    [Fact]
    public void WorkingTimeBetween_OverNight_CountsOnlyServiceHours()
    {
        var shanghai = TimeSpan.FromHours(8);

        var time = _calendar.WorkingTimeBetween(new DateTimeOffset(2026, 11, 23, 17, 0, 0, shanghai), new DateTimeOffset(2026, 11, 24, 9, 0, 0, shanghai));

        Assert.Equal(TimeSpan.FromMinutes(60), time);
    }
}
