using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Domain;
using static PropertyCloud.Repairs.FunctionalTests.RepairsApi;

namespace PropertyCloud.Repairs.FunctionalTests;

[Collection(SharedRepairsService.Name)]
public sealed class BusinessCalendarTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();

    private string Calendar => $"/api/repairs/estates/{_estate}/business-calendar";

    [Fact]
    public async Task Open_NormalRepairOverHolidays_IsDueAfterThemInServiceHours()
    {
        var manager = service.ClientFor(Roles.EstateManager, _estate);
        var today = DateOnly.FromDateTime(service.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var set = await manager.PutAsJsonAsync(Calendar, new
        {
            opensAt = "09:00", closesAt = "17:00", workingDays = Enum.GetNames<DayOfWeek>(),
            holidays = new[] { today, today.AddDays(1), today.AddDays(2) },
        });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        var normal = await OpenAsync(manager, _estate, new { channel = "Phone", category = "Other", urgency = "Normal", publicArea = "花园", description = "长椅松动" });
        var emergency = await OpenAsync(manager, _estate);

        var expected = new DateTimeOffset(today.AddDays(3).ToDateTime(new TimeOnly(11, 0)), TimeSpan.FromHours(8));
        Assert.Equal(expected, Assert.Single(normal.Deadlines, d => d.Target == SlaTarget.Response).DueAt);
        Assert.Equal(emergency.OpenedAt.AddMinutes(5), Assert.Single(emergency.Deadlines, d => d.Target == SlaTarget.OnSite).DueAt);
    }

    [Fact]
    public async Task SetCalendar_ClosingBeforeOpening_Returns422AndByFrontDesk403AndMalformedTime400()
    {
        var body = new { opensAt = "18:00", closesAt = "09:00", workingDays = new[] { "Monday" } };

        var refused = await service.ClientFor(Roles.EstateManager, _estate).PutAsJsonAsync(Calendar, body);
        var byDesk = await service.ClientFor(Roles.FrontDesk, _estate).PutAsJsonAsync(Calendar, body);
        var malformed = await service.ClientFor(Roles.EstateManager, _estate).PutAsJsonAsync(Calendar, new { opensAt = "9 o'clock", closesAt = "17:00", workingDays = new[] { "Monday" } });

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest), (refused.StatusCode, byDesk.StatusCode, malformed.StatusCode));
        Assert.Contains("calendar.no_working_time", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("\"opensAt\"", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
