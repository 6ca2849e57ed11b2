using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.BuildingBlocks.Spreadsheets;
using PropertyCloud.Partners.Api.Apis;
using PropertyCloud.Partners.Api.Exports;
using PropertyCloud.Testing;

namespace PropertyCloud.Partners.FunctionalTests;

[Collection(PartnersCollection.Name)]
public sealed class DeliveryExportTests(PartnersService service) : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;
    private readonly Guid _estate = Guid.NewGuid();

    // Recent enough for the feed's retention; the last two fall either side of a local (China) midnight.
    private static readonly DateOnly Day = EstateCalendar.Day(DateTimeOffset.UtcNow).AddDays(-5);

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    private static List<IDictionary<string, object>> Rows(byte[] xlsx, string sheet)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object>>()];
    }

    private static List<string> Headings(byte[] xlsx, string sheet)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. stream.GetColumns(useHeaderRow: true, sheetName: sheet)!.Cast<string>()];
    }

    private static HttpClient InLanguage(HttpClient client, string language)
    {
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>A webhook partner with three delivered messages: two days before <see cref="Day"/>, late on it, and just after it.</summary>
    private async Task<(Guid Partner, Guid Early, Guid Late, Guid Next)> PartnerWithDeliveriesAsync()
    {
        var registered = await service.RegisterAsync(new RegisterPartnerRequest(PartnersService.NewCode(),
            "Exported", [Events.RepairCompleted], [_estate], false, false, Amqp: false, WebhookUrl: _receiver.Url));
        var early = Events.RepairOrderCompleted(_estate) with { OccurredAt = EstateCalendar.At(Day.AddDays(-2), new TimeOnly(10, 0)) };
        var late = Events.RepairOrderCompleted(_estate) with { OccurredAt = EstateCalendar.At(Day, new TimeOnly(23, 30)) };
        var next = Events.RepairOrderCompleted(_estate) with { OccurredAt = EstateCalendar.At(Day.AddDays(1), new TimeOnly(0, 30)) };
        foreach (var e in new[] { early, late, next })
        {
            await service.PublishAndWaitAsync(e);
        }
        await Eventually.TrueAsync(async () => (await service.DashboardAsync(registered.Partner.Id)).Delivered == 3,
            because: "the messages were not delivered");
        return (registered.Partner.Id, early.EventId, late.EventId, next.EventId);
    }

    [Fact]
    public async Task Export_WithTheListsFilters_HoldsTheSameDeliveriesAsTheListHeadedInChinese()
    {
        var (partner, _, late, _) = await PartnerWithDeliveriesAsync();
        var admin = service.ClientFor(Roles.GroupAdmin);
        var query = $"status=Delivered&from={Day:yyyy-MM-dd}&to={Day:yyyy-MM-dd}";

        using var response = await admin.GetAsync($"/api/partners/{partner}/deliveries/export?{query}");
        var listed = await admin.GetFromJsonAsync<PagedResult<DeliveryResponse>>($"/api/partners/{partner}/deliveries?{query}", TestJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LocalizedSheet.ContentType, response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(["事件时间", "事件类型", "事件编号", "小区", "渠道", "状态", "尝试次数", "下次尝试", "送达时间", "搁置时间", "最近错误"],
            Headings(bytes, "投递记录"));
        var row = Assert.Single(Rows(bytes, "投递记录"));
        Assert.Equal(late, Assert.Single(listed!.Items).EventId);
        Assert.Equal((late.ToString("D"), $"{Day:yyyy-MM-dd} 23:30:00", Events.RepairCompleted, "已送达", _estate.ToString("D")),
            ((string)row["事件编号"], (string)row["事件时间"], (string)row["事件类型"], (string)row["状态"], (string)row["小区"]));
    }

    [Fact]
    public async Task Export_WhenEnglishIsAsked_HeadsColumnsInEnglishNewestFirst()
    {
        var (partner, early, late, next) = await PartnerWithDeliveriesAsync();
        var admin = InLanguage(service.ClientFor(Roles.GroupAdmin), "en-US");

        var bytes = await admin.GetByteArrayAsync($"/api/partners/{partner}/deliveries/export");
        var parked = Rows(await admin.GetByteArrayAsync($"/api/partners/{partner}/deliveries/export?status=Parked"), "Deliveries");

        Assert.Equal("Occurred at", Headings(bytes, "Deliveries")[0]);
        var rows = Rows(bytes, "Deliveries");
        Assert.Equal([next.ToString("D"), late.ToString("D"), early.ToString("D")], rows.Select(r => (string)r["Event id"]));
        Assert.All(rows, r => Assert.Equal(("Delivered", "Webhook"), ((string)r["Status"], (string)r["Channel"])));
        Assert.DoesNotContain(parked, r => r.Values.Any(v => v is not null));
    }

    [Fact]
    public async Task ListAndExport_FromAfterTo_Are422NamingTo()
    {
        var registered = await service.RegisterAsync(new RegisterPartnerRequest(PartnersService.NewCode(),
            "Reversed", [Events.RepairCompleted], [_estate], false, false, Amqp: false, WebhookUrl: _receiver.Url));
        var admin = service.ClientFor(Roles.GroupAdmin);

        foreach (var path in new[] { "deliveries", "deliveries/export" })
        {
            using var response = await admin.GetAsync($"/api/partners/{registered.Partner.Id}/{path}?from=2026-11-20&to=2026-11-10");

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("\"to\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Export_WhenMoreDeliveriesMatchThanTheCap_Is422InsteadOfACutList()
    {
        var (partner, _, _, _) = await PartnerWithDeliveriesAsync();
        await using var capped = service.Factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.Configure<DeliveryExportOptions>(options => options.MaxRows = 2)));
        var client = capped.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(Roles.GroupAdmin));

        using var tooMany = await client.GetAsync($"/api/partners/{partner}/deliveries/export");
        using var narrowed = await client.GetAsync($"/api/partners/{partner}/deliveries/export?from={Day.AddDays(-1):yyyy-MM-dd}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        var problem = await tooMany.Content.ReadAsStringAsync();
        Assert.Contains("delivery_export.too_many_rows", problem, StringComparison.Ordinal);
        Assert.Contains("\"from\"", problem, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, narrowed.StatusCode);
    }

    [Theory]
    [InlineData(Roles.EstateManager)]
    [InlineData(Roles.Quality)]
    public async Task Export_WhenCallerIsNeitherAdminNorPartner_Returns403(string role)
    {
        var registered = await service.RegisterAsync(new RegisterPartnerRequest(PartnersService.NewCode(),
            "Closed", [Events.RepairCompleted], [_estate], false, false, Amqp: false, WebhookUrl: _receiver.Url));

        using var response = await service.ClientFor(role, _estate).GetAsync($"/api/partners/{registered.Partner.Id}/deliveries/export");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
