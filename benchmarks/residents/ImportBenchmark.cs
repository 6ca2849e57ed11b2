using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Apis;
using PropertyCloud.Residents.Api.Demo;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.Imports;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.Benchmarks;

/// <summary>
/// Uploads an N-row register CSV (default 100,000: one unit and its owner per row, every tenth with a tenant) to the
/// Residents service hosted in-process on a fresh database, and times the import from upload to completion.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var watch = Stopwatch.StartNew();
        var csv = Generate(rows);
        Console.WriteLine($"generated {rows:N0} rows, {csv.Length / 1024.0 / 1024.0:F1} MB of CSV in {watch.Elapsed.TotalSeconds:F1} s");

        // WebApplicationFactory looks for the service's source folder unless told; its build output has all it needs.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PROPERTYCLOUD_RESIDENTS_API", AppContext.BaseDirectory);
        await using var database = new TestDatabase("residents_import_bench");
        await using var virtualHost = await TestVirtualHost.CreateAsync();
        await using var service = new ServiceFactory<Program>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:residentsdb"] = database.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = virtualHost.ConnectionString(),
            ["Outbox:RelayEnabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:PropertyCloud.Residents.Api.Import"] = "Information",
        });
        var admin = service.CreateClientWithToken(TestTokens.For(Roles.GroupAdmin));
        var created = await admin.PostAsJsonAsync("/api/residents/estates",
            new RegisterEstateRequest("BENCH", "基准小区", "基准物业", EstateKind.Residential, ""));
        var estate = (await created.Content.ReadFromJsonAsync<EstateResponse>(TestJson.Options))!;
        var manager = service.CreateClientWithToken(TestTokens.For(Roles.EstateManager, estate.Id));
        manager.Timeout = TimeSpan.FromMinutes(10);

        watch.Restart();
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(csv) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "file", "register.csv");
        var response = await manager.PostAsync($"/api/residents/estates/{estate.Id}/imports", form);
        var job = (await response.Content.ReadFromJsonAsync<ImportJobResponse>(TestJson.Options))!;
        var uploaded = watch.Elapsed;
        var phases = new List<string>();
        while (job.Status is not (ImportStatus.Completed or ImportStatus.Rejected))
        {
            await Task.Delay(250);
            job = (await manager.GetFromJsonAsync<ImportJobResponse>($"/api/residents/estates/{estate.Id}/imports/{job.Id}", TestJson.Options))!;
            phases.Add($"{watch.Elapsed.TotalSeconds,6:F1} s  {job.Status,-10} {job.PercentDone,3}%");
        }
        var total = watch.Elapsed;
        foreach (var line in phases.Where((_, i) => i % 8 == 0 || i == phases.Count - 1))
        {
            Console.WriteLine(line);
        }
        Console.WriteLine($"upload {uploaded.TotalSeconds:F1} s; import {job.Status} with {job.UnitsCreated:N0} units, {job.OwnersCreated:N0} owners, " +
            $"{job.TenanciesCreated:N0} tenancies, {job.ErrorCount} errors");
        Console.WriteLine($"total {total.TotalSeconds:F1} s = {rows / total.TotalSeconds:N0} rows/s");
        foreach (var error in job.Errors.Take(5))
        {
            Console.WriteLine($"  line {error.Line} {error.Column}: {error.Message}");
        }
        return job.Status == ImportStatus.Completed ? 0 : 1;
    }

    private static byte[] Generate(int rows)
    {
        var people = new DemoPeopleGenerator(seed: 7);
        var seen = new HashSet<string>();
        var csv = new StringBuilder("楼栋,单元,楼层,房号,房型,建筑面积,套内面积,用途,业主姓名,性别,证件类型,证件号码,联系电话,籍贯,入住日期,租户姓名,租户电话,租期开始,租期结束\r\n");
        for (var i = 0; i < rows; i++)
        {
            // 50 buildings × 4 entrances × 34 floors × 15 units a floor = 102,000 places.
            var (building, rest) = (i % 50 + 1, i / 50);
            var (entrance, floor, unit) = (rest % 4 + 1, rest / 4 % 34 + 1, rest / 136 + 1);
            var gender = people.NextGender();
            string idNumber, nativePlace;
            do
            {
                (idNumber, nativePlace) = people.IdNumber(gender);
            }
            while (!seen.Add(idNumber));
            var tenant = i % 10 == 0 ? $"{people.Name(people.NextGender())},{people.Mobile()},2026-01-01,2026-12-31" : ",,,";
            csv.Append(CultureInfo.InvariantCulture,
                $"{building}栋,{entrance},{floor},{floor:00}{unit:00},3室2厅2卫,118.50,96.20,居住,{people.Name(gender)},{(gender == PropertyCloud.Residents.Api.Domain.People.Gender.Male ? "男" : "女")},身份证,{idNumber},{people.Mobile()},{nativePlace},2016-10-01,{tenant}\r\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
