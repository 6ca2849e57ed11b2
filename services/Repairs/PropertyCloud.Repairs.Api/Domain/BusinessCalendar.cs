using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>
/// An estate's service hours (working days, daily hours, holidays) in Asia/Shanghai time. Normal-urgency SLA targets
/// count only working time; emergencies and urgent repairs count around the clock.
/// </summary>
public sealed class BusinessCalendar
{

    public Guid EstateId { get; private set; }
    public TimeOnly OpensAt { get; private set; }
    public TimeOnly ClosesAt { get; private set; }
    public List<DayOfWeek> WorkingDays { get; private set; } = [];
    public List<DateOnly> Holidays { get; private set; } = [];

    private BusinessCalendar() { }

    /// <summary>Until an estate sets its own: every day 08:30–17:30, no holidays (the service centre's usual hours).</summary>
    public static BusinessCalendar Default(Guid estateId) => new()
    {
        EstateId = estateId,
        OpensAt = new TimeOnly(8, 30),
        ClosesAt = new TimeOnly(17, 30),
        WorkingDays = [.. Enum.GetValues<DayOfWeek>()],
    };

    public void Set(TimeOnly opensAt, TimeOnly closesAt, IEnumerable<DayOfWeek> workingDays, IEnumerable<DateOnly> holidays)
    {
        var days = workingDays.Distinct().Order().ToList();
        if (closesAt <= opensAt || days.Count == 0)
        {
            throw new DomainException("calendar.no_working_time",
                new("营业时间须有至少一个工作日，且下班时间晚于上班时间", "A calendar needs at least one working day and closing after opening"),
                closesAt <= opensAt ? "closesAt" : "workingDays");
        }
        OpensAt = opensAt;
        ClosesAt = closesAt;
        WorkingDays = days;
        Holidays = [.. holidays.Distinct().Order()];
    }

    /// <summary>The moment <paramref name="workingTime"/> of service hours has passed after <paramref name="from"/>.</summary>
    public DateTimeOffset DueAfter(DateTimeOffset from, TimeSpan workingTime)
    {
        var local = BuildingBlocks.Domain.EstateCalendar.Local(from);
        var left = workingTime;
        var day = DateOnly.FromDateTime(local.DateTime);
        for (var i = 0; i < 3660; i++, day = day.AddDays(1))
        {
            if (!WorkingDays.Contains(day.DayOfWeek) || Holidays.Contains(day))
            {
                continue;
            }
            var opens = At(day, OpensAt);
            var closes = At(day, ClosesAt);
            var start = from > opens ? from : opens;
            if (start >= closes)
            {
                continue;
            }
            if (start + left <= closes)
            {
                return start + left;
            }
            left -= closes - start;
        }
        throw new InvalidOperationException("The calendar has no working time in the next ten years.");
    }

    /// <summary>Service hours between two moments.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        var last = DateOnly.FromDateTime(BuildingBlocks.Domain.EstateCalendar.Local(to).DateTime);
        for (var day = DateOnly.FromDateTime(BuildingBlocks.Domain.EstateCalendar.Local(from).DateTime); day <= last; day = day.AddDays(1))
        {
            if (!WorkingDays.Contains(day.DayOfWeek) || Holidays.Contains(day))
            {
                continue;
            }
            var start = At(day, OpensAt) > from ? At(day, OpensAt) : from;
            var end = At(day, ClosesAt) < to ? At(day, ClosesAt) : to;
            total += end > start ? end - start : TimeSpan.Zero;
        }
        return total;
    }

    private static DateTimeOffset At(DateOnly day, TimeOnly time) => BuildingBlocks.Domain.EstateCalendar.At(day, time);
}
