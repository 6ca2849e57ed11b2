using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Api.Infrastructure.Engineering;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

[Collection(CustodyCollection.Name)]
public sealed class EquipmentTests(ArchivesService service)
{
    private static readonly int[] Thresholds = [7, 30];
    private readonly Guid _estateId = Guid.NewGuid();

    [Fact]
    public async Task Equipment_WithMaintenanceAndACertificate_KeepsBothInItsFile()
    {
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var lift = await EngineeringFiles.RegisterEquipmentAsync(archivist, _estateId);

        var logged = await service.ClientFor(Roles.Maintenance, _estateId).PostAsJsonAsync(EquipmentPath(lift) + "/maintenance-log",
            new { performedOn = Today().AddDays(-1), work = "更换曳引钢丝绳", performedBy = "奥的斯维保 张工" });
        var certificate = await RecordCertificateAsync(lift, Today().AddDays(200));
        var file = await archivist.GetFromJsonAsync<ArchiveFileResponse>($"/api/archives/estates/{_estateId}/archive-files/{lift.FileId}", TestJson.Options);
        var read = await archivist.GetFromJsonAsync<EquipmentResponse>(EquipmentPath(lift), TestJson.Options);

        Assert.Equal(HttpStatusCode.OK, logged.StatusCode);
        Assert.Equal("Equipment", file!.Kind.ToString());
        Assert.Equal("更换曳引钢丝绳", Assert.Single(read!.MaintenanceLog).Work);
        var stored = Assert.Single(read.Certificates);
        Assert.Equal((certificate.CertificateNumber, "广东省特种设备检测研究院"), (stored.CertificateNumber, stored.Issuer));
    }

    [Fact]
    public async Task RecordCertificate_ExpiringBeforeItsIssue_Returns422NamingExpiresOn()
    {
        var lift = await EngineeringFiles.RegisterEquipmentAsync(service.ClientFor(Roles.Archivist, _estateId), _estateId);

        var response = await service.ClientFor(Roles.Archivist, _estateId).PostAsJsonAsync(EquipmentPath(lift) + "/certificates",
            new { certificateNumber = "TS-1", issuer = "检测院", issuedOn = "2026-05-01", expiresOn = "2026-04-01" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("expiresOn", out _));
    }

    [Fact]
    public async Task Certificate_InsideTheThirtyDayThreshold_RaisesCertificateExpiringOnce()
    {
        var lift = await EngineeringFiles.RegisterEquipmentAsync(service.ClientFor(Roles.Archivist, _estateId), _estateId);
        var distant = await RecordCertificateAsync(lift, Today().AddDays(45));
        var near = await RecordCertificateAsync(lift, Today().AddDays(20));

        var reminder = await Eventually.GetAsync(() => Task.FromResult(service.CertificatesExpiring.FirstOrDefault(e => e.CertificateId == near.Id)));
        await Task.Delay(1500); // three more scans

        Assert.Equal((30, 20, lift.Id, _estateId), (reminder.ThresholdDays, reminder.DaysLeft, reminder.EquipmentId, reminder.EstateId));
        Assert.Single(service.CertificatesExpiring, e => e.CertificateId == near.Id);
        Assert.DoesNotContain(service.CertificatesExpiring, e => e.CertificateId == distant.Id);
        var expiring = await service.ClientFor(Roles.Maintenance, _estateId).GetFromJsonAsync<IReadOnlyList<CertificateResponse>>(
            $"/api/archives/estates/{_estateId}/equipment/certificates?expiringWithinDays=30", TestJson.Options);
        Assert.Equal([near.Id], expiring!.Select(c => c.Id));
    }

    [Fact]
    public async Task Reminders_ClaimedByFourReplicasAtOnce_AreRaisedOncePerCertificateAndThreshold()
    {
        var lift = await EngineeringFiles.RegisterEquipmentAsync(service.ClientFor(Roles.Archivist, _estateId), _estateId);
        var certificates = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => RecordCertificateAsync(lift, Today().AddDays(40 + i))));
        var ids = certificates.Select(c => c.Id.ToString()).ToHashSet();
        // Fifteen days on every certificate is inside the 30-day threshold; 38 days on, inside the 7-day one. Events of the
        // future stay in the outbox until their time, so the outbox is what is counted.
        foreach (var daysOn in new[] { 15, 38 })
        {
            var at = DateTimeOffset.UtcNow.AddDays(daysOn);
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ClaimAsync(at)));
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ClaimAsync(at)));
        }

        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchivesDb>();
        var raised = (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.EstateId == _estateId && m.EventType.Contains("CertificateExpiring"))
            .Select(m => m.Payload).ToListAsync()).Select(p => JsonDocument.Parse(p).RootElement).ToList();
        var perCertificate = raised.GroupBy(e => e.GetProperty("certificateId").GetString()!)
            .ToDictionary(g => g.Key, g => g.Select(e => e.GetProperty("thresholdDays").GetInt32()).Order().ToArray());
        Assert.Equal(ids, perCertificate.Keys.ToHashSet());
        Assert.All(perCertificate.Values, thresholds => Assert.Equal(Thresholds, thresholds));
    }

    private async Task ClaimAsync(DateTimeOffset now)
    {
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchivesDb>();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await ExpiringCertificates.ClaimAsync(db, now, Thresholds, batchSize: 2, CancellationToken.None);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });
    }

    private string EquipmentPath(EquipmentResponse equipment) => $"/api/archives/estates/{_estateId}/equipment/{equipment.Id}";

    private async Task<CertificateResponse> RecordCertificateAsync(EquipmentResponse equipment, DateOnly expiresOn)
    {
        var response = await service.ClientFor(Roles.Archivist, _estateId).PostAsJsonAsync(EquipmentPath(equipment) + "/certificates",
            new { certificateNumber = $"TS-{Guid.NewGuid():N}"[..16], issuer = "广东省特种设备检测研究院", issuedOn = expiresOn.AddYears(-1), expiresOn });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CertificateResponse>(TestJson.Options))!;
    }

    private static DateOnly Today() => EstateCalendar.Day(DateTimeOffset.UtcNow);

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(3651)]
    public async Task ListCertificates_WithAnExpiryWindowOutOfRange_IsRefusedNamingIt(int days)
    {
        var response = await service.ClientFor(Roles.Maintenance, _estateId).GetAsync(
            $"/api/archives/estates/{_estateId}/equipment/certificates?expiringWithinDays={days}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("expiringWithinDays", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
