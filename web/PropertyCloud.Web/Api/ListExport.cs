using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using PropertyCloud.Web.Localization;

namespace PropertyCloud.Web.Api;

/// <summary>
/// A list the console pages on the server, written whole to an XLSX sheet: the API is read page by page with the
/// user's own token (so the sheet holds exactly what the user may see), the columns headed in the user's language.
/// </summary>
public sealed record ListExport(string Name, Func<Guid, string> ApiPath, IReadOnlyList<ListExport.Column> Columns)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const int PageSize = 500;

    /// <summary>Enough for an estate's year of bills; a larger list is refused (narrow the filter), never silently cut.</summary>
    private const int MaxRows = 50_000;

    /// <summary>A column: its text key, the JSON property it comes from and, for codes, the text key prefix of their names.</summary>
    public sealed record Column(string Text, string Property, string? CodeTexts = null);

    public static readonly ListExport RepairOrders = new("repair-orders", estate => $"api/repairs/estates/{estate}/orders",
    [
        new("Repair.OpenedAt", "openedAt"), new("Repair.Category", "category", "RepairCategory."), new("Repair.Urgency", "urgency", "RepairUrgency."),
        new("Repair.Status", "status", "RepairStatus."), new("Repair.Description", "description"), new("Repair.Reporter", "reporterName"),
        new("Repair.Assignee", "assigneeName"), new("Repair.CompletedAt", "completedAt"),
    ]);

    public static readonly ListExport Bills = new("bills", estate => $"api/billing/estates/{estate}/bills",
    [
        new("MyBills.Period", "period"), new("MyBills.Unit", "unit"), new("MyBills.Amount", "adjustedAmount"), new("MyBills.Paid", "paidAmount"),
        new("MyBills.Outstanding", "outstanding"), new("MyBills.DueDate", "dueDate"), new("MyBills.Status", "status", "BillStatus."),
    ]);

    public static readonly IReadOnlyList<ListExport> All = [RepairOrders, Bills];

    /// <summary>The console's link that downloads the list of <paramref name="estateId"/>, filtered by <paramref name="query"/>.</summary>
    public string Link(Guid estateId, string? filter = null, string? value = null) =>
        $"exports/{estateId}/{Name}.xlsx{(filter is not null && !string.IsNullOrWhiteSpace(value) ? $"?{filter}={Uri.EscapeDataString(value.Trim())}" : "")}";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/exports/{estateId:guid}/{name}.xlsx", ExportAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> ExportAsync(HttpContext context, Guid estateId, string name, IHttpClientFactory clients,
        IStringLocalizer<Texts> texts, CancellationToken cancellationToken)
    {
        if (All.FirstOrDefault(e => e.Name == name) is not { } export)
        {
            return TypedResults.NotFound();
        }
        var filter = string.Join('&', context.Request.Query.Where(q => q.Key is not ("page" or "pageSize")).Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}"));
        var rows = new List<Dictionary<string, object?>>();
        var http = clients.CreateClient(Downloads.Client);
        for (var page = 1; ; page++)
        {
            using var request = Downloads.Request(context, $"{export.ApiPath(estateId)}?page={page}&pageSize={PageSize}&{filter}");
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return await Downloads.FailedAsync(response, texts, cancellationToken);
            }
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var items = json.RootElement.GetProperty("items");
            rows.AddRange(items.EnumerateArray().Select(item => export.Row(item, texts)));
            if (rows.Count > MaxRows)
            {
                return Downloads.Failed(StatusCodes.Status422UnprocessableEntity, string.Format(CultureInfo.CurrentCulture, texts["Export.TooManyRows"], MaxRows), texts);
            }
            if (items.GetArrayLength() < PageSize)
            {
                break;
            }
        }
        if (rows.Count == 0)
        {
            // MiniExcel takes the headers from the first row.
            rows.Add(export.Columns.ToDictionary(c => (string)texts[c.Text], _ => (object?)null));
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: name, cancellationToken: cancellationToken);
        return TypedResults.File(stream.ToArray(), ContentType, $"{name}-{DateTime.UtcNow:yyyyMMdd}.xlsx");
    }

    private Dictionary<string, object?> Row(JsonElement item, IStringLocalizer<Texts> texts) =>
        Columns.ToDictionary(c => (string)texts[c.Text], c => Cell(item.TryGetProperty(c.Property, out var value) ? value : default, c, texts));

    private static object? Cell(JsonElement value, Column column, IStringLocalizer<Texts> texts) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDecimal(),
        JsonValueKind.True or JsonValueKind.False => value.GetBoolean(),
        JsonValueKind.String when column.CodeTexts is not null => (string)texts[column.CodeTexts + value.GetString()],
        JsonValueKind.String when value.TryGetDateTimeOffset(out var at) && value.GetString()!.Contains('T', StringComparison.Ordinal) =>
            Formats.Time(at),
        JsonValueKind.String => value.GetString(),
        _ => null,
    };
}
