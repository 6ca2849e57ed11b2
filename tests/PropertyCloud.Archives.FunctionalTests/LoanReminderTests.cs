using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Infrastructure.Lending;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

[Collection(CustodyCollection.Name)]
public sealed class LoanReminderTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();

    [Fact]
    public async Task OverdueLoan_RaisesLoanOverdueOnceHoweverOftenTheRemindersRun()
    {
        var loan = await LendAsync(DateTimeOffset.UtcNow.AddSeconds(2));
        await RemindAsync(r => r.RaiseOverdueAsync(DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.DoesNotContain(service.LoansOverdue, e => e.LoanId == loan.Id);

        await Task.Delay(loan.DueAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200));
        await RemindAsync(r => r.RaiseOverdueAsync(DateTimeOffset.UtcNow, CancellationToken.None));
        await RemindAsync(r => r.RaiseOverdueAsync(DateTimeOffset.UtcNow, CancellationToken.None));

        var overdue = await Eventually.GetAsync(() => Task.FromResult(service.LoansOverdue.FirstOrDefault(e => e.LoanId == loan.Id)));
        Assert.Equal(loan.DueAt, overdue.DueAt, TimeSpan.FromMilliseconds(1));
        await Task.Delay(500);
        Assert.Single(service.LoansOverdue, e => e.LoanId == loan.Id);
    }

    [Fact]
    public async Task MonthlyReport_OnTheFifth_ListsItemsOutOncePerEstateAndMonth()
    {
        var loan = await LendAsync(DateTimeOffset.UtcNow.AddHours(3));
        var fourth = new DateTimeOffset(2031, 3, 4, 9, 0, 0, TimeSpan.FromHours(8));
        var fifth = new DateTimeOffset(2031, 3, 5, 0, 30, 0, TimeSpan.FromHours(8));

        await RemindAsync(r => r.GenerateMonthlyReportsAsync(fourth, CancellationToken.None));
        var none = await ReportsAsync("2031-03");
        await RemindAsync(r => r.GenerateMonthlyReportsAsync(fifth, CancellationToken.None));
        await RemindAsync(r => r.GenerateMonthlyReportsAsync(fifth.AddDays(1), CancellationToken.None));

        Assert.Empty(none);
        var report = Assert.Single(await ReportsAsync("2031-03"));
        var item = Assert.Single(report.Items);
        Assert.Equal((loan.Id, true), (item.LoanId, item.Overdue));
    }

    private async Task RemindAsync(Func<LoanReminders, Task> remind)
    {
        await using var scope = service.Factory.Services.CreateAsyncScope();
        await remind(scope.ServiceProvider.GetRequiredService<LoanReminders>());
    }

    private async Task<IReadOnlyList<LoanMonthlyReportResponse>> ReportsAsync(string month) =>
        (await service.ClientFor(Roles.Archivist, _estateId).GetFromJsonAsync<IReadOnlyList<LoanMonthlyReportResponse>>(
            $"/api/archives/estates/{_estateId}/loans/monthly-reports?month={month}", TestJson.Options))!;

    private async Task<LoanResponse> LendAsync(DateTimeOffset dueAt)
    {
        var file = await service.OpenFileAsync(_estateId);
        var document = await Uploads.FileAsync(service.ClientFor(Roles.Archivist, _estateId), _estateId, file.Id, Uploads.Pdf(), "C");
        var response = await service.ClientFor(Roles.FrontDesk, _estateId).PostAsJsonAsync($"/api/archives/estates/{_estateId}/loans",
            new { documentId = document.Id, purpose = "核对装修图纸", dueAt });
        var loan = (await response.Content.ReadFromJsonAsync<LoanResponse>(TestJson.Options))!;
        var approved = await service.ClientFor(Roles.Archivist, _estateId).PostAsync($"/api/archives/estates/{_estateId}/loans/{loan.Id}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        return loan;
    }
}
