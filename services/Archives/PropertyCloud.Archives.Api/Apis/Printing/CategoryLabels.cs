using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Apis.Printing;

/// <summary>Document categories as printed on a contents list (001 篇3 4.2).</summary>
public static class CategoryLabels
{
    private static readonly Dictionary<DocumentCategory, LocalizedText> Labels = new()
    {
        [DocumentCategory.MoveInForm] = new("入住资料", "Move-in forms"),
        [DocumentCategory.Contract] = new("合同协议", "Contracts"),
        [DocumentCategory.IdCopy] = new("身份证明复印件", "ID copies"),
        [DocumentCategory.Photo] = new("照片", "Photos"),
        [DocumentCategory.DecorationFile] = new("装修资料", "Decoration files"),
        [DocumentCategory.Correspondence] = new("往来函件", "Correspondence"),
        [DocumentCategory.ViolationRecord] = new("违章记录", "Violation records"),
        [DocumentCategory.ArrearsRecord] = new("欠费记录", "Arrears records"),
        [DocumentCategory.RepairRecord] = new("维修记录", "Repair records"),
        [DocumentCategory.ComplaintRecord] = new("投诉记录", "Complaint records"),
        [DocumentCategory.SurveyRecord] = new("满意度调查记录", "Survey records"),
        [DocumentCategory.Other] = new("其他", "Other"),
        [DocumentCategory.Drawing] = new("技术图纸", "Drawings"),
        [DocumentCategory.HandoverRecord] = new("接管验收资料", "Handover records"),
        [DocumentCategory.EquipmentRecord] = new("设备资料", "Equipment records"),
        [DocumentCategory.InspectionCertificate] = new("检验合格证", "Inspection certificates"),
        [DocumentCategory.StaffRecord] = new("员工档案资料", "Staff records"),
    };

    public static string Of(DocumentCategory category) => Labels[category].ToString();

    /// <summary>The Chinese label whatever the request's language, for the search index.</summary>
    public static string Chinese(DocumentCategory category) => Labels[category].Chinese;
}
