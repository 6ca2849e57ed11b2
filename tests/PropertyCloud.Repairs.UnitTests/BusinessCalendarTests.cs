using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.UnitTests;

public sealed class BusinessCalendarTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static DateTimeOffset Local(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, Shanghai);

    private static RepairOrder OpenNormal(BusinessCalendar calendar, DateTimeOffset at, RepairUrgency urgency = RepairUrgency.Normal) =>
        RepairOrder.Open(calendar.EstateId, new RepairIntake(RepairChannel.Phone, RepairCategory.Other, urgency,
            new RepairLocation(null, null, "花园"), "长椅松动", "u", "u"), new SlaTimes(120, 240, 600), calendar, at);

    [Fact]
    public void DueAfter_PastClosingTime_CarriesOverToNextOpening()
    {
        var calendar = BusinessCalendar.Default(Guid.NewGuid());

        var due = calendar.DueAfter(Local(11, 23, 17), TimeSpan.FromHours(2));

        Assert.Equal(Local(11, 24, 10), due);
    }

    [Fact]
    public void DueAfter_OverWeekendAndHoliday_CountsOnlyWorkingDays()
    {
        var calendar = BusinessCalendar.Default(Guid.NewGuid());
        calendar.Set(new TimeOnly(9, 0), new TimeOnly(18, 0),
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], [new DateOnly(2026, 11, 30)]);

        var due = calendar.DueAfter(Local(11, 27, 17), TimeSpan.FromHours(2)); // Friday 17:00; Monday 30th is a holiday

        Assert.Equal(Local(12, 1, 10), due);
    }

    [Fact]
    public void Open_NormalAtNight_StartsCountingAtOpening()
    {
        var order = OpenNormal(BusinessCalendar.Default(Guid.NewGuid()), Local(11, 23, 22));

        Assert.Equal(Local(11, 24, 10, 30), order.DueAt(SlaTarget.Response));
    }

    [Fact]
    public void Open_EmergencyAtNight_CountsAroundTheClock()
    {
        var order = OpenNormal(BusinessCalendar.Default(Guid.NewGuid()), Local(11, 23, 22), RepairUrgency.Emergency);

        Assert.Equal(Local(11, 24, 0), order.DueAt(SlaTarget.Response));
    }

    [Fact]
    public void Set_ClosingBeforeOpening_IsRefused()
    {
        var ex = Assert.Throws<DomainException>(() =>
            BusinessCalendar.Default(Guid.NewGuid()).Set(new TimeOnly(18, 0), new TimeOnly(9, 0), [DayOfWeek.Monday], []));

        Assert.Equal(("calendar.no_working_time", "closesAt"), (ex.Code, ex.Field));
    }
}
