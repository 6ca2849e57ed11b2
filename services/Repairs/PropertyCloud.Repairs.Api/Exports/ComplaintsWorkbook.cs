using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Spreadsheets;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Exports;

/// <summary>
/// The desk's complaint list as an XLSX workbook (投诉登记), one row per complaint, headed and worded in the caller's language,
/// times in estate time.
/// </summary>
public static class ComplaintsWorkbook
{
    public static readonly LocalizedText Sheet = new("投诉登记", "Complaints");

    public static readonly IReadOnlyList<LocalizedText> Columns =
    [
        new("投诉编号", "Complaint"), new("受理时间", "Received at"), new("渠道", "Channel"), new("类别", "Category"),
        new("重大投诉", "Major"), new("状态", "Status"), new("投诉内容", "Description"), new("投诉人房屋", "Complainant's unit"),
        new("受理人", "Received by"), new("处理人", "Handled by"), new("答复", "Response"), new("答复时间", "Responded at"),
        new("处理结果", "Result"), new("投诉人意见", "Complainant's opinion"), new("解决时间", "Resolved at"), new("回访记录", "Call-back note"),
        new("回访时间", "Called back at"), new("关闭时间", "Closed at"), new("重开次数", "Times reopened"),
    ];

    public static Task<byte[]> WriteAsync(IReadOnlyList<Complaint> complaints, CancellationToken cancellationToken) =>
        LocalizedSheet.WriteAsync(Sheet, Columns, complaints.Select(Values), cancellationToken);

    private static object?[] Values(Complaint c) =>
    [
        c.Id.ToString(), RepairOrdersWorkbook.Time(c.ReceivedAt), RepairLabels.Of(c.Channel).ToString(), RepairLabels.Of(c.Category).ToString(),
        RepairLabels.YesNo(c.IsMajor).ToString(), RepairLabels.Of(c.Status).ToString(), c.Description, c.ComplainantUnitId?.ToString(),
        c.ReceivedBy, c.AssigneeName, c.Response, RepairOrdersWorkbook.Time(c.RespondedAt), c.Feedback?.Result,
        c.Feedback is { } feedback ? Opinion(feedback.Opinion).ToString() : null, RepairOrdersWorkbook.Time(c.ResolvedAt), c.CallBackNote,
        RepairOrdersWorkbook.Time(c.CalledBackAt), RepairOrdersWorkbook.Time(c.ClosedAt), c.ReopenCount,
    ];

    private static LocalizedText Opinion(ComplainantOpinion opinion) => opinion switch
    {
        ComplainantOpinion.Satisfied => new("满意", "Satisfied"),
        ComplainantOpinion.BasicallySatisfied => new("基本满意", "Basically satisfied"),
        _ => new("不满意", "Dissatisfied"),
    };
}
