using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Documents;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Apis.Printing;

/// <summary>
/// Printable pages for the paper archive: a file's contents list (档案袋文件清单) to put in the folder, and the
/// estate's cabinet index (档案柜索引) saying which box holds which file's originals (003 篇5 5.3). HTML, or PDF with
/// <c>?format=pdf</c>.
/// </summary>
public static class PrintingApi
{
    public static RouteGroupBuilder MapPrintingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/archives/estates/{estateId:guid}").WithTags("Printing")
            .RequireAuthorization(ArchivesPolicies.ReadFiles);
        api.MapGet("/files/{fileId:guid}/contents-list", ContentsList);
        api.MapGet("/cabinet-index", CabinetIndex);
        return api;
    }

    public static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> ContentsList(
        Guid estateId, Guid fileId, string? format, ArchivesDb db, IPdfRenderer renderer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var file = await db.CustomerFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.EstateId == estateId, cancellationToken);
        if (file is null)
        {
            return ApiProblems.NotFound(new LocalizedText("客户档案", "customer file"), fileId);
        }
        var documents = await db.Documents.AsNoTracking().Where(d => d.FileId == fileId && d.DestroyedAt == null)
            .OrderBy(d => d.FiledAt).ToListAsync(cancellationToken);
        var records = await db.FileRecords.AsNoTracking().Where(r => r.FileId == fileId).OrderBy(r => r.OccurredAt).ToListAsync(cancellationToken);

        var page = new PrintablePage(Text("档案袋文件清单", "File contents list"))
            .Facts((Text("档案编号", "File number"), file.FileNumber), (Text("楼栋", "Building"), file.BuildingCode),
                (Text("单元", "Entrance"), file.Entrance), (Text("房号", "Unit"), file.UnitNumber),
                (Text("建档日期", "Opened on"), Date(file.OpenedAt)), (Text("打印时间", "Printed"), Date(clock.GetUtcNow())))
            .Heading(Text("文件", "Documents"))
            .Table([Text("序号", "No."), Text("文件名称", "Title"), Text("类别", "Category"), Text("密级", "Level"),
                    Text("存放位置", "Location"), Text("归档日期", "Filed on"), Text("版本", "Version"), Text("核对", "Checked")],
                documents.Select((d, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), d.Title,
                    CategoryLabels.Of(d.Category), d.Level.ToString(), d.IndexNumber ?? "—", Date(d.FiledAt),
                    d.CurrentVersion.ToString(CultureInfo.InvariantCulture), "□"]),
                Text("无", "None"))
            .Heading(Text("系统自动归档记录", "Records filed automatically"))
            .Table([Text("序号", "No."), Text("记录", "Record"), Text("类别", "Category"), Text("发生日期", "Occurred on")],
                records.Select((r, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), r.Title,
                    CategoryLabels.Of(r.Category), Date(r.OccurredAt)]),
                Text("无", "None"));
        return await PrintAsync(page, format, $"contents-list-{file.FileNumber}.pdf", renderer, cancellationToken);
    }

    public static async Task<Results<ContentHttpResult, FileContentHttpResult>> CabinetIndex(
        Guid estateId, string? format, ArchivesDb db, IPdfRenderer renderer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var placed = await db.Documents.AsNoTracking().Where(d => d.EstateId == estateId && d.DestroyedAt == null && d.IndexNumber != null)
            .Select(d => new
            {
                d.IndexNumber,
                // Originals of engineering, equipment and staff files stand in the cabinets too.
                FileNumber = db.CustomerFiles.Where(f => f.Id == d.FileId).Select(f => f.FileNumber).FirstOrDefault()
                    ?? db.ArchiveFiles.Where(f => f.Id == d.FileId).Select(f => f.FileNumber).FirstOrDefault() ?? "",
                d.Title,
                d.Category,
                d.Level,
            })
            .ToListAsync(cancellationToken);
        var rows = placed.OrderBy(p => p.IndexNumber, StringComparer.Ordinal).ThenBy(p => p.FileNumber, StringComparer.Ordinal)
            .Select(p => (IReadOnlyList<string>)[p.IndexNumber!, p.FileNumber, p.Title, CategoryLabels.Of(p.Category), p.Level.ToString()]);
        var page = new PrintablePage(Text("档案柜索引", "Cabinet index"))
            .Facts((Text("原件份数", "Originals"), placed.Count.ToString(CultureInfo.InvariantCulture)),
                (Text("打印时间", "Printed"), Date(clock.GetUtcNow())))
            .Table([Text("档号（类别-柜-架-盒）", "Index (category-cabinet-shelf-box)"), Text("档案编号", "File number"),
                    Text("文件名称", "Title"), Text("类别", "Category"), Text("密级", "Level")],
                rows, Text("尚无登记存放位置的原件", "No originals with a recorded location yet"));
        return PrintFormat.IsPdf(format)
            ? await PdfAsync(page, "cabinet-index.pdf", renderer, cancellationToken)
            : Html(page);
    }

    /// <summary>The page as HTML, or printed to PDF from the same markup when <paramref name="format"/> is "pdf".</summary>
    private static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> PrintAsync(
        PrintablePage page, string? format, string fileName, IPdfRenderer renderer, CancellationToken cancellationToken) =>
        PrintFormat.IsPdf(format)
            ? await PdfAsync(page, fileName, renderer, cancellationToken)
            : Html(page);

    private static async Task<FileContentHttpResult> PdfAsync(PrintablePage page, string fileName, IPdfRenderer renderer, CancellationToken cancellationToken) =>
        TypedResults.File(await renderer.RenderAsync(page.Render(CultureInfo.CurrentUICulture.Name), cancellationToken), "application/pdf", fileName);

    private static ContentHttpResult Html(PrintablePage page) =>
        TypedResults.Content(page.Render(CultureInfo.CurrentUICulture.Name), "text/html; charset=utf-8", Encoding.UTF8);

    private static string Text(string chinese, string english) => new LocalizedText(chinese, english).ToString();

    private static string Date(DateTimeOffset at) =>
        EstateCalendar.Local(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
