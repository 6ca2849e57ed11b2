using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Domain.Audit;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>
/// Tests here tamper with the chain directly in SQL and repair it afterwards; the collection runs its tests one at a time,
/// so no other test meets the broken chain.
/// </summary>
[Collection(CustodyCollection.Name)]
public sealed class AuditChainTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();

    [Fact]
    public async Task Download_OfABDocumentIsAudited_AndOfACDocumentIsNot()
    {
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var file = await service.OpenFileAsync(_estateId);
        var confidential = await Uploads.FileAsync(archivist, _estateId, file.Id, Uploads.Pdf(), level: "B");
        var technical = await Uploads.FileAsync(archivist, _estateId, file.Id, Uploads.Pdf(), level: "C");

        await archivist.GetByteArrayAsync($"/api/archives/estates/{_estateId}/documents/{confidential.Id}/content");
        await archivist.GetByteArrayAsync($"/api/archives/estates/{_estateId}/documents/{technical.Id}/content");

        var entries = await EntriesAboutAsync(confidential.Id);
        var entry = Assert.Single(entries);
        Assert.Equal(AuditActions.DocumentDownloaded, entry.Action);
        Assert.Equal(Roles.Archivist, entry.ActorName);
        Assert.Empty(await EntriesAboutAsync(technical.Id));
    }

    [Fact]
    public async Task ListEntries_ForTheEstateManager_ShowsWhoDownloadedADocument_AndNotToAnotherEstate()
    {
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var file = await service.OpenFileAsync(_estateId);
        var document = await Uploads.FileAsync(archivist, _estateId, file.Id, Uploads.Pdf(), level: "A");
        await archivist.GetByteArrayAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/content");

        var page = await service.ClientFor(Roles.EstateManager, _estateId).GetFromJsonAsync<PagedResult<AuditEntryResponse>>(
            $"/api/archives/estates/{_estateId}/audit?subjectId={document.Id}", TestJson.Options);
        var elsewhere = await service.ClientFor(Roles.EstateManager, Guid.NewGuid()).GetAsync($"/api/archives/estates/{_estateId}/audit");

        var entry = Assert.Single(page!.Items);
        Assert.Equal((AuditActions.DocumentDownloaded, Roles.Archivist), (entry.Action, entry.ActorName));
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Verification_AfterConcurrentDownloads_FindsOneIntactChain()
    {
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var file = await service.OpenFileAsync(_estateId);
        var document = await Uploads.FileAsync(archivist, _estateId, file.Id, Uploads.Pdf(), level: "A");

        var downloads = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            archivist.GetAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/content")));

        Assert.All(downloads, d => Assert.Equal(HttpStatusCode.OK, d.StatusCode));
        Assert.Equal(10, (await EntriesAboutAsync(document.Id)).Count);
        var verification = await VerifyAsync();
        Assert.True(verification.Intact, verification.FirstBreak?.Description);
        Assert.Null(verification.FirstBreak);
    }

    [Fact]
    public async Task Verification_WhenAnEntryWasEdited_ReportsThatEntryAsAltered()
    {
        var sequence = await MiddleOfThreeNewEntriesAsync();
        await using var connection = await TamperingConnectionAsync();
        var original = await ScalarAsync<string>(connection, $"SELECT details FROM audit_entries WHERE sequence = {sequence}");
        try
        {
            await ExecuteAsync(connection, $"UPDATE audit_entries SET details = 'nothing to see' WHERE sequence = {sequence}");

            var verification = await VerifyAsync();

            Assert.False(verification.Intact);
            Assert.Equal(sequence, verification.FirstBreak!.Sequence);
            Assert.Equal("altered", verification.FirstBreak.Reason);
        }
        finally
        {
            await using var restore = new NpgsqlCommand($"UPDATE audit_entries SET details = @original WHERE sequence = {sequence}", connection);
            restore.Parameters.AddWithValue("original", original);
            await restore.ExecuteNonQueryAsync();
            await ExecuteAsync(connection, "ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only");
        }
        Assert.True((await VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Verification_WhenAnEntryWasDeleted_ReportsItMissing()
    {
        var sequence = await MiddleOfThreeNewEntriesAsync();
        await using var connection = await TamperingConnectionAsync();
        await ExecuteAsync(connection, $"CREATE TEMP TABLE deleted AS SELECT * FROM audit_entries WHERE sequence = {sequence}");
        try
        {
            await ExecuteAsync(connection, $"DELETE FROM audit_entries WHERE sequence = {sequence}");

            var verification = await VerifyAsync();

            Assert.False(verification.Intact);
            Assert.Equal(sequence, verification.FirstBreak!.Sequence);
            Assert.Equal("missing", verification.FirstBreak.Reason);
        }
        finally
        {
            await ExecuteAsync(connection, "INSERT INTO audit_entries SELECT * FROM deleted");
            await ExecuteAsync(connection, "ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only");
        }
        Assert.True((await VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Verification_WhenTheLastEntryWasDeleted_ReportsItMissing()
    {
        var middle = await MiddleOfThreeNewEntriesAsync();
        var last = middle + 1;
        await using var connection = await TamperingConnectionAsync();
        await ExecuteAsync(connection, $"CREATE TEMP TABLE deleted AS SELECT * FROM audit_entries WHERE sequence = {last}");
        try
        {
            await ExecuteAsync(connection, $"DELETE FROM audit_entries WHERE sequence = {last}");

            var verification = await VerifyAsync();

            Assert.False(verification.Intact);
            Assert.Equal(last, verification.FirstBreak!.Sequence);
        }
        finally
        {
            await ExecuteAsync(connection, "INSERT INTO audit_entries SELECT * FROM deleted");
            await ExecuteAsync(connection, "ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only");
        }
        Assert.True((await VerifyAsync()).Intact);
    }

    [Fact]
    public async Task UpdateOrDelete_OfAnAuditEntry_IsRefusedByTheDatabase()
    {
        var sequence = await MiddleOfThreeNewEntriesAsync();
        await using var connection = new NpgsqlConnection(service.Database.ConnectionString);
        await connection.OpenAsync();

        await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, $"UPDATE audit_entries SET details = '' WHERE sequence = {sequence}"));
        await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, $"DELETE FROM audit_entries WHERE sequence = {sequence}"));
    }

    [Fact]
    public async Task Verification_ForAnEstateManager_Returns403()
    {
        var response = await service.ClientFor(Roles.EstateManager, _estateId).GetAsync("/api/archives/audit/verification");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>Downloads a B document three times and returns the sequence of the second entry.</summary>
    private async Task<long> MiddleOfThreeNewEntriesAsync()
    {
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var file = await service.OpenFileAsync(_estateId);
        var document = await Uploads.FileAsync(archivist, _estateId, file.Id, Uploads.Pdf(), level: "B");
        for (var i = 0; i < 3; i++)
        {
            await archivist.GetByteArrayAsync($"/api/archives/estates/{_estateId}/documents/{document.Id}/content");
        }
        return (await EntriesAboutAsync(document.Id))[1].Sequence;
    }

    private async Task<AuditVerificationResponse> VerifyAsync() =>
        (await service.ClientFor(Roles.GroupAdmin).GetFromJsonAsync<AuditVerificationResponse>("/api/archives/audit/verification", TestJson.Options))!;

    private async Task<List<AuditEntry>> EntriesAboutAsync(Guid subjectId)
    {
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchivesDb>();
        return await db.AuditEntries.AsNoTracking().Where(e => e.SubjectId == subjectId).OrderBy(e => e.Sequence).ToListAsync();
    }

    /// <summary>A connection of someone bypassing the service: the table's owner switching its guard trigger off.</summary>
    private async Task<NpgsqlConnection> TamperingConnectionAsync()
    {
        var connection = new NpgsqlConnection(service.Database.ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only");
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
