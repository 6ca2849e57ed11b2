using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Repairs.FunctionalTests;

[Collection(SharedRepairsService.Name)]
public sealed class ComplaintTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();

    private string Complaints => $"/api/repairs/estates/{_estate}/complaints";

    private async Task<ComplaintResponse> RecordAsync(HttpClient client, bool major)
    {
        var response = await client.PostAsJsonAsync(Complaints,
            new { channel = "Visit", category = "Security", description = "电动车被盗", complainantUnitId = Guid.NewGuid(), isMajor = major });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ComplaintResponse>(TestJson.Options))!;
    }

    private async Task<HttpResponseMessage> StepAsync(HttpClient client, Guid id, string step, object? body = null) =>
        await client.PostAsJsonAsync($"{Complaints}/{id}/{step}", body ?? new { });

    private async Task HandleUntilCalledBackAsync(HttpClient client, Guid id)
    {
        foreach (var (step, body) in new (string, object?)[]
        {
            ("acknowledge", null),
            ("assign", new { assigneeId = "staff-1", assigneeName = "张主管" }),
            ("respond", new { response = "已调取监控并报警" }),
            ("resolve", new { result = "加装监控，车辆已找回", opinion = "Satisfied" }),
            ("call-back", new { note = "业主认可" }),
        })
        {
            var response = await StepAsync(client, id, step, body);
            Assert.True(response.IsSuccessStatusCode, $"{step}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task FullLoop_OfOrdinaryComplaint_PublishesComplaintClosedWithFeedback()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var complaint = await RecordAsync(desk, major: false);
        service.Clock.Advance(TimeSpan.FromMinutes(90));
        await HandleUntilCalledBackAsync(desk, complaint.Id);

        var close = await StepAsync(desk, complaint.Id, "close");

        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        var closed = await Eventually.GetAsync(() => Task.FromResult(service.Published.FirstOf<ComplaintClosed>(e => e.ComplaintId == complaint.Id)));
        Assert.Equal((90, "satisfied", false), (closed.HandlingMinutes, closed.ComplainantOpinion, closed.IsMajor));
        Assert.Empty(service.Published.Of<ComplaintEscalated>(e => e.ComplaintId == complaint.Id));
    }

    [Fact]
    public async Task Record_MajorComplaint_EscalatesAtOnce()
    {
        var complaint = await RecordAsync(service.ClientFor(Roles.FrontDesk, _estate), major: true);

        var escalated = await Eventually.GetAsync(() => Task.FromResult(service.Published.FirstOf<ComplaintEscalated>(e => e.ComplaintId == complaint.Id)));
        Assert.Equal(complaint.ReceivedAt, escalated.OccurredAt);
        var received = await Eventually.GetAsync(() => Task.FromResult(service.Published.FirstOf<ComplaintReceived>(e => e.ComplaintId == complaint.Id)));
        Assert.True(received.IsMajor);
        Assert.NotNull(complaint.EscalatedAt);
    }

    [Fact]
    public async Task Close_MajorComplaintWithoutLessonsLearnt_Returns422ThenClosesWithThem()
    {
        var manager = service.ClientFor(Roles.EstateManager, _estate);
        var complaint = await RecordAsync(manager, major: true);
        await HandleUntilCalledBackAsync(manager, complaint.Id);

        var refused = await StepAsync(manager, complaint.Id, "close", new { lessonsLearnt = " " });
        var closed = await StepAsync(manager, complaint.Id, "close", new { lessonsLearnt = "夜间巡逻增加到每两小时一次" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("complaint.major_requires_lessons_learnt", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(service.Published.Of<ComplaintClosed>(e => e.ComplaintId == complaint.Id && e.IsMajor).Count == 1));
    }

    [Fact]
    public async Task Acknowledge_MajorComplaintByFrontDesk_Returns403()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var complaint = await RecordAsync(desk, major: true);

        var response = await StepAsync(desk, complaint.Id, "acknowledge");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Respond_BeforeAssignment_Returns422()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var complaint = await RecordAsync(desk, major: false);

        var response = await StepAsync(desk, complaint.Id, "respond", new { response = "稍后答复" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("complaint.respond_requires_assigned", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ByQualityDepartment_SeesAnyEstateButMaintenanceMayNot()
    {
        var complaint = await RecordAsync(service.ClientFor(Roles.FrontDesk, _estate), major: false);

        var quality = await service.ClientFor(Roles.Quality).GetAsync($"{Complaints}/{complaint.Id}");
        var maintenance = await service.ClientFor(Roles.Maintenance, _estate).GetAsync($"{Complaints}/{complaint.Id}");
        var missing = await service.ClientFor(Roles.Quality).GetAsync($"{Complaints}/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.OK, quality.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, maintenance.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(ComplaintStatus.Received, (await quality.Content.ReadFromJsonAsync<ComplaintResponse>(TestJson.Options))!.Status);
    }

    [Fact]
    public async Task Reopen_AClosedComplaint_GoesBackToItsHandlerCountedAndMustGoRoundAgain()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var complaint = await RecordAsync(desk, major: false);
        await HandleUntilCalledBackAsync(desk, complaint.Id);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(desk, complaint.Id, "close")).StatusCode);

        var reopen = await StepAsync(desk, complaint.Id, "reopen", new { reason = "业主称车辆并未找回" });
        var closeAgain = await StepAsync(desk, complaint.Id, "close");

        Assert.Equal(HttpStatusCode.OK, reopen.StatusCode);
        var reopened = (await reopen.Content.ReadFromJsonAsync<ComplaintResponse>(TestJson.Options))!;
        Assert.Equal((ComplaintStatus.Assigned, 1, "staff-1"), (reopened.Status, reopened.ReopenCount, reopened.AssigneeId));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, closeAgain.StatusCode);
        var published = await Eventually.GetAsync(() => Task.FromResult(service.Published.FirstOf<ComplaintReopened>(e => e.ComplaintId == complaint.Id)));
        Assert.Equal(("业主称车辆并未找回", 1), (published.Reason, published.ReopenCount));
    }

    [Fact]
    public async Task Respond_FirstTimeAndAgainAfterReopening_PublishesComplaintRespondedOnceWithTheFirstResponseTime()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var complaint = await RecordAsync(desk, major: false);
        service.Clock.Advance(TimeSpan.FromMinutes(45));
        await HandleUntilCalledBackAsync(desk, complaint.Id);
        var firstResponseAt = complaint.ReceivedAt.AddMinutes(45);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(desk, complaint.Id, "reopen", new { reason = "业主称车辆并未找回" })).StatusCode);
        service.Clock.Advance(TimeSpan.FromMinutes(30));

        var again = await StepAsync(desk, complaint.Id, "respond", new { response = "再次调取监控" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await Eventually.GetAsync(() => Task.FromResult(service.Published.FirstOf<ComplaintReopened>(e => e.ComplaintId == complaint.Id)));
        var responded = await Eventually.GetAsync(() => Task.FromResult(service.Published.FirstOf<ComplaintResponded>(e => e.ComplaintId == complaint.Id)));
        Assert.Equal((_estate, complaint.ReceivedAt, firstResponseAt), (responded.EstateId, responded.ReceivedAt, responded.RespondedAt));
        await Task.Delay(300);
        Assert.Single(service.Published.Of<ComplaintResponded>(e => e.ComplaintId == complaint.Id));
    }

    [Fact]
    public async Task Reopen_AComplaintNotYetResolved_Returns422()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var complaint = await RecordAsync(desk, major: false);

        var response = await StepAsync(desk, complaint.Id, "reopen", new { reason = "不满意" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("complaint.reopen_requires_resolved", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
